import Foundation
import Testing

/// `dlplot serve` end to end: the URL it prints, a port in use (one line, exit 1), bad options (exit 2), and a
/// clean stop on SIGTERM and SIGINT (exit 0).
@Suite("dlplot serve", .serialized)
struct ServeCommandTests {
    /// A running `dlplot serve --port 0` and the first line it printed.
    private func startServer(
        _ more: [String] = [], environment: [String: String]? = nil, standardError: Any = FileHandle.nullDevice
    ) throws -> (process: Process, firstLine: String, port: String) {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["serve", "--port", "0"] + more
        if let environment { process.environment = environment }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = standardError
        try process.run()
        var bytes = Data()
        while !bytes.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            bytes += chunk
        }
        let line = String(decoding: bytes, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        let port = line.split(separator: ":").dropFirst(3).first?.split(separator: "/").first.map(String.init) ?? ""
        return (process, line, port)
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func printsTheURLAndStopsCleanlyOnASignal(signal: Int32) throws {
        let (process, line, port) = try startServer()
        #expect(line.hasPrefix("dlplot serve: http://127.0.0.1:"))
        #expect(line.hasSuffix("/ (Ctrl-C stops)"))
        #expect(Int(port).map { $0 > 0 } == true, "\(line)")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }

    @Test func openStartsTheBrowserOpenerWithThePagesURL() throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let opened = folder.appendingPathComponent("opened").path
        let opener = folder.appendingPathComponent("xdg-open")
        try "#!/bin/sh\nprintf '%s' \"$1\" > '\(opened)'\n".write(to: opener, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: opener.path)
        let (server, line, port) = try startServer(["--open"], environment: ["PATH": folder.path])
        defer {
            kill(server.processIdentifier, SIGTERM)
            server.waitUntilExit()
        }
        #expect(line.contains("http://127.0.0.1:\(port)/"))
        var text: String? = nil
        for _ in 0..<500 where text?.isEmpty != false {
            text = try? String(contentsOfFile: opened, encoding: .utf8)
            usleep(10_000)
        }
        #expect(text == "http://127.0.0.1:\(port)/")
    }

    @Test func openWithoutAnOpenerSaysSoAndServesOn() throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let errors = Pipe()
        let (server, line, port) = try startServer(
            ["--open"], environment: ["PATH": folder.path], standardError: errors)
        #expect(line.contains(":\(port)/"))
        kill(server.processIdentifier, SIGTERM)
        server.waitUntilExit()
        #expect(server.terminationStatus == 0)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(
            message
                == "dlplot serve: --open: no xdg-open on PATH to start a browser; open http://127.0.0.1:\(port)/ yourself\n"
        )
    }

    @Test func aPortInUseIsOneLineExitOne() throws {
        let (server, _, port) = try startServer()
        defer {
            kill(server.processIdentifier, SIGTERM)
            server.waitUntilExit()
        }
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandLineTests.run(["serve", "--port", port], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr == "dlplot serve: cannot listen on 127.0.0.1 port \(port): the port is in use\n")
        #expect(run.stdout.isEmpty)
    }

    @Test(arguments: [["--port", "70000"], ["--port", "-1"], ["--host", "example.invalid"], ["--host", "1.2.3"]])
    func badOptionsAreOneLineExitTwo(arguments: [String]) throws {
        let folder = try CommandLineTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandLineTests.run(["serve"] + arguments, in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("dlplot serve: "))
        #expect(run.stderr.contains(arguments[1]))
        #expect(run.stderr.filter { $0 == "\n" }.count == 1)
    }
}
