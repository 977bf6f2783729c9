import Foundation
import Testing

/// `dlplot serve` end to end: the URL it prints, a port in use (one line, exit 1), bad options (exit 2), and a
/// clean stop on SIGTERM and SIGINT (exit 0).
@Suite("dlplot serve", .serialized)
struct ServeCommandTests {
    /// A running `dlplot serve --port 0` and the first line it printed.
    private func startServer() throws -> (process: Process, firstLine: String, port: String) {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["serve", "--port", "0"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
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
        #expect(line.hasSuffix("/figures (Ctrl-C stops)"))
        #expect(Int(port).map { $0 > 0 } == true, "\(line)")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
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
