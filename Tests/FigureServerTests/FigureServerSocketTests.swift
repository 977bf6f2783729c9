import Figures
import PlottingCairo
import Testing

@testable import FigureServer

/// The server on a real socket, on a port the system picks on 127.0.0.1: what a browser or curl would see.
@Suite(.serialized) struct FigureServerSocketTests {
    /// Runs `body` against a fresh server, then stops it.
    private func withServer(_ body: @escaping @Sendable (LoopbackClient) throws -> Void) async throws {
        let server = try FigureHTTPServer(host: "127.0.0.1", port: 0)
        let port = try await server.start()
        #expect(port != 0)
        let result: Result<Void, any Error>
        do {
            result = .success(try await offCooperativePool { try body(LoopbackClient(port: port)) })
        } catch {
            result = .failure(error)
        }
        await server.stop()
        try result.get()
    }

    private func expectSecurityHeaders(_ response: LoopbackClient.Response, _ what: String) {
        #expect(response.headers["content-security-policy"]?.contains("default-src 'none'") == true, "\(what)")
        #expect(response.headers["x-content-type-options"] == "nosniff", "\(what)")
    }

    @Test func listsTheFigures() async throws {
        try await withServer { client in
            let response = try client.get("/figures")
            #expect(response.status == 200)
            #expect(response.headers["content-type"] == "application/json; charset=utf-8")
            let figures = response.json?["figures"] as? [[String: Any]] ?? []
            #expect(figures.compactMap { $0["id"] as? String } == Catalogue.ids)
            expectSecurityHeaders(response, "listing")
        }
    }

    @Test func servesAFigureThenRevalidatesWith304() async throws {
        try await withServer { client in
            let response = try client.get("/figures/gradient-descent.svg?lr=0.2&steps=5&init=-3%2C4")
            #expect(response.status == 200)
            #expect(response.headers["content-type"] == "image/svg+xml")
            #expect(response.text.hasPrefix("<?xml"))
            let descent = try #require(Catalogue.figure(id: "gradient-descent"))
            let cli = try FigureBuilder.build(descent, given: [.lr: "0.2", .steps: "5", .`init`: "-3,4"])
            #expect(response.body == (try cli.figure.render(as: .svg)))
            let tag = try #require(response.headers["etag"])
            let again = try client.get(
                "/figures/gradient-descent.svg?steps=5&lr=0.2&init=-3%2C4", headers: ["If-None-Match: \(tag)"])
            #expect(again.status == 304)
            #expect(again.body.isEmpty)
            expectSecurityHeaders(again, "304")
        }
    }

    @Test func aBadParameterIs400AndAnUnknownId404() async throws {
        try await withServer { client in
            let bad = try client.get("/figures/gradient-descent.png?steps=100000000")
            #expect(bad.status == 400)
            #expect((bad.json?["error"] as? String)?.hasPrefix("--steps 100000000 is not allowed") == true)
            expectSecurityHeaders(bad, "400")
            let unknown = try client.get("/figures/gradient-feild.svg")
            #expect(unknown.status == 404)
            expectSecurityHeaders(unknown, "404")
        }
    }

    @Test func aTraversalAttemptIs404() async throws {
        try await withServer { client in
            for target in ["/figures/../../etc/passwd.svg", "/figures/..%2F..%2Fetc%2Fpasswd.svg", "/../etc/passwd"] {
                let response = try client.get(target)
                #expect(response.status == 404, "\(target)")
                #expect(!response.text.contains("root:"), "\(target)")
            }
        }
    }

    @Test func aRepeatedParameterAndInvalidUTF8Are400() async throws {
        try await withServer { client in
            let repeated = try client.get("/figures/gradient-descent.svg?lr=0.1&lr=0.2")
            #expect(repeated.status == 400)
            #expect((repeated.json?["error"] as? String)?.contains("more than once") == true)
            let invalid = try client.get("/figures/tangent.svg?f=x%FF%FE")
            #expect(invalid.status == 400)
            #expect((invalid.json?["error"] as? String)?.contains("not UTF-8") == true)
            let tooLong = try client.get("/figures/tangent.svg?f=" + String(repeating: "x", count: 70_000))
            #expect(tooLong.status == 414)
        }
    }

    @Test func aPortInUseIsReportedNotTrapped() async throws {
        let first = try FigureHTTPServer(host: "127.0.0.1", port: 0)
        let port = try await first.start()
        let second = try FigureHTTPServer(host: "127.0.0.1", port: port)
        await #expect(throws: ServerError.cannotListen("the port is in use")) { try await second.start() }
        await first.stop()
    }

    @Test func aHostThatIsNotAnAddressIsRefused() {
        #expect(throws: ServerError.badHost("example.invalid")) {
            try FigureHTTPServer(host: "example.invalid", port: 0)
        }
    }
}
