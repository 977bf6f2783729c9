import ArgumentParser
import DLPlotCLI
import Dispatch
import FigureServer
import FileOutput
import Foundation
import Platform
import Synchronization

/// `dlplot serve`: the figure API over HTTP on this machine (127.0.0.1 unless `--host` says otherwise).
/// Prints the URL, serves until Ctrl-C (SIGINT) or SIGTERM, then stops listening and exits 0.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the figures over HTTP: GET /figures lists them, GET /figures/<id>.svg?lr=0.1 draws one.",
        discussion: """
            Every figure is at /figures/<id>.svg, .png, .pdf (and .gif for those that move), its parameters in the \
            query as on the command line (lr=0.1&init=-3,4&lang=en), checked the same way: a bad one is answered \
            400 with the command line's message as JSON. Ctrl-C stops the server.
            """)

    @Option(parsing: .unconditional, help: ArgumentHelp("TCP port, 0 to 65535 (0: any free port).", valueName: "port"))
    var port: String = "8080"

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Address to listen on: 127.0.0.1 (this machine only, the default), ::1, or 0.0.0.0 for every network.",
            valueName: "address"))
    var host: String = "127.0.0.1"

    @Flag(help: "Open the live page in the desktop's browser (xdg-open) once the server listens.")
    var open = false

    func run() throws {
        guard let number = UInt16(port) else {
            throw CommandError(message: "--port \(port) is not allowed: expected a whole number from 0 to 65535")
        }
        let server: FigureHTTPServer
        do {
            server = try FigureHTTPServer(host: host, port: number)
        } catch {
            throw CommandError(
                message: "--host \(host) is not allowed: expected an IPv4 or IPv6 address such as 127.0.0.1 or ::1")
        }
        let stopped = StopSignal()
        let started = ServeOutcome()
        Task {
            do throws(ServerError) {
                let bound = try await server.start()
                started.set(.success(bound))
            } catch {
                started.set(.failure(error))
            }
        }
        switch started.wait() {
        case .failure(.cannotListen(let reason)):
            throw CommandError(message: "cannot listen on \(host) port \(port): \(reason)", status: ExitStatus.failure)
        case .failure(let error):
            throw CommandError(message: "cannot start: \(error)", status: ExitStatus.failure)
        case .success(let bound):
            let shownHost = host.contains(":") ? "[\(host)]" : host
            let url = "http://\(shownHost):\(bound)/"
            try StandardStreams.writeLine("dlplot serve: \(url) (Ctrl-C stops)")
            if !Self.isLoopback(host) {
                printToStandardError(
                    "dlplot serve: listening on \(host), not only this machine: other machines on the network can reach it"
                )
            }
            if open, let problem = BrowserOpener.open(url) { printToStandardError("dlplot serve: --open: \(problem)") }
        }
        stopped.wait()
        let done = DispatchSemaphore(value: 0)
        Task {
            await server.stop()
            done.signal()
        }
        done.wait()
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}

/// Opens a URL in the desktop's browser through `xdg-open` (`open` on macOS), without waiting for it.
enum BrowserOpener {
    /// Starts the opener; returns why it could not (no opener on PATH, spawn failed), nil when started.
    static func open(_ url: String) -> String? {
        let program = SystemCalls.browserOpener
        guard let path = SystemCalls.locateProgram(program) else {
            return "no \(program) on PATH to start a browser; open \(url) yourself"
        }
        switch SystemCalls.spawn(path, arguments: [program, url], descriptors: []) {
        case .failure(let failure):
            return "\(program) could not start (\(SystemCalls.text(ofError: failure.code))); open \(url) yourself"
        case .success(let pid):
            // Reaped on a thread of its own so that no zombie stays behind while the server runs.
            Thread { _ = SystemCalls.waitForExit(of: pid) }.start()
            return nil
        }
    }
}

/// Blocks until SIGINT or SIGTERM arrives (both are then handled here, not by the default action).
private final class StopSignal {
    private let semaphore = DispatchSemaphore(value: 0)
    private let sources: [any DispatchSourceSignal]

    init() {
        let queue = DispatchQueue(label: "dlplot.serve.signals")
        let semaphore = self.semaphore
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { semaphore.signal() }
            source.resume()
            return source
        }
    }

    func wait() { semaphore.wait() }
}

/// The result of starting the server, handed from its task to the command's thread.
private final class ServeOutcome: Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private let value = Mutex<Result<UInt16, ServerError>?>(nil)

    func set(_ result: Result<UInt16, ServerError>) {
        value.withLock { $0 = result }
        semaphore.signal()
    }

    func wait() -> Result<UInt16, ServerError> {
        semaphore.wait()
        return value.withLock { $0 } ?? .failure(.cannotListen("the server task ended without a result"))
    }
}
