import Core
import Figures
import Testing

@testable import FigureServer

/// The HTTP layer on a real socket: connections kept and pipelined, HEAD, malformed heads, the connection
/// limit, slow and vanishing clients, a thousand connections at once, and the server's own caps.
@Suite(.serialized) struct HTTPServerTests {
    /// Runs `body` (blocking client code, on a thread of its own) against a fresh server, then stops it.
    private func withServer(
        _ limits: ServerLimits = ServerLimits(), _ body: @escaping @Sendable (UInt16) throws -> Void
    ) async throws {
        let server = try FigureHTTPServer(host: "127.0.0.1", port: 0, limits: limits)
        let port = try await server.start()
        let result: Result<Void, any Error>
        do { result = .success(try await offCooperativePool { try body(port) }) } catch { result = .failure(error) }
        await server.stop()
        try result.get()
    }

    @Test func keepsTheConnectionForSeveralRequestsAndAnswersPipelinedOnesInOrder() async throws {
        try await withServer { port in
            let connection = try LoopbackConnection(port: port)
            defer { connection.close() }
            try connection.send("GET /figures/sigmoid.csv HTTP/1.1\r\nHost: x\r\n\r\n")
            let first = try connection.readResponse()
            #expect(first.status == 200)
            #expect(first.text.hasPrefix("x,"))
            try connection.send(
                "GET /figures/gradient-descent.csv?steps=2 HTTP/1.1\r\n\r\nGET /nothing HTTP/1.1\r\n\r\n"
                    + "GET /figures HTTP/1.1\r\nConnection: close\r\n\r\n")
            let second = try connection.readResponse()
            #expect(second.status == 200)
            let descent = try #require(Catalogue.figure(id: "gradient-descent"))
            #expect(second.text == (try FigureBuilder.build(descent, given: [.steps: "2"])).data.csv)
            #expect(try connection.readResponse().status == 404)
            let last = try connection.readResponse()
            #expect(last.status == 200)
            #expect(last.headers["connection"] == "close")
            #expect(try connection.readToEnd().isEmpty)
        }
    }

    @Test func headGivesTheHeadersAndLengthWithoutTheBody() async throws {
        try await withServer { port in
            let connection = try LoopbackConnection(port: port)
            defer { connection.close() }
            try connection.send("HEAD /figures/gradient-descent.svg?lr=0.2 HTTP/1.1\r\n\r\n")
            let head = try connection.readResponse(toHead: true)
            try connection.send("GET /figures/gradient-descent.svg?lr=0.2 HTTP/1.1\r\nConnection: close\r\n\r\n")
            let get = try connection.readResponse()
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.headers["content-length"] == String(get.body.count))
            #expect(head.headers["etag"] == get.headers["etag"])
        }
    }

    @Test(arguments: [
        ("GET /figures HTTP/2.0\r\n\r\n", 505), ("BREW /figures HTTP/1.1\r\n\r\n", 405),
        ("GET /figures HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 501),
        ("GET /figures HTTP/1.1\r\nContent-Length: 999999999\r\n\r\n", 413), ("\u{16}\u{3}\u{1}\r\n\r\n", 400),
    ])
    func answersAMalformedOrRefusedRequestWithItsStatus(request: String, status: Int) async throws {
        try await withServer { port in
            let connection = try LoopbackConnection(port: port)
            defer { connection.close() }
            try connection.send(request)
            let reply = try connection.readResponse()
            #expect(reply.status == status)
            #expect(reply.headers["x-content-type-options"] == "nosniff")
            #expect(reply.json?["status"] as? Int == status)
        }
    }

    @Test func aRequestHeadPastTheLimitIs431AndAHugeTarget414() async throws {
        try await withServer { port in
            let fields = try LoopbackConnection(port: port)
            defer { fields.close() }
            let filler = String(repeating: "X-Filler: " + String(repeating: "y", count: 1000) + "\r\n", count: 90)
            try fields.send("GET /figures HTTP/1.1\r\n" + filler + "\r\n")
            #expect(try fields.readResponse().status == 431)
            let target = try LoopbackConnection(port: port)
            defer { target.close() }
            try target.send(
                "GET /figures/sigmoid.svg?f=" + String(repeating: "x", count: 100_000) + " HTTP/1.1\r\n\r\n")
            #expect(try target.readResponse().status == 414)
        }
    }

    @Test func aConnectionPastTheLimitIs503() async throws {
        var limits = ServerLimits()
        limits.connections = 2
        try await withServer(limits) { port in
            let held = try (0..<2).map { _ in try LoopbackConnection(port: port) }
            defer { for connection in held { connection.close() } }
            for connection in held {
                try connection.send("GET /figures/sigmoid.csv HTTP/1.1\r\n\r\n")
                #expect(try connection.readResponse().status == 200)
            }
            let third = try LoopbackConnection(port: port)
            defer { third.close() }
            let refused = try LoopbackClient.parse(try third.readToEnd())
            #expect(refused.status == 503)
            #expect(refused.headers["retry-after"] == "1")
        }
    }

    @Test func aSilentOrSlowClientIsClosed() async throws {
        var limits = ServerLimits()
        limits.idleTime = .milliseconds(200)
        try await withServer(limits) { port in
            let silent = try LoopbackConnection(port: port)
            defer { silent.close() }
            let slow = try LoopbackConnection(port: port)
            defer { slow.close() }
            try slow.send("GET /figures HTTP/1.1\r\nHost:")
            // Both are closed by the server (end of stream), not answered.
            #expect(try silent.readToEnd().isEmpty)
            #expect(try slow.readToEnd().isEmpty)
        }
    }

    @Test func aClientLeavingMidRequestOrMidReplyLeavesTheServerServing() async throws {
        try await withServer { port in
            for _ in 0..<20 {
                let half = try LoopbackConnection(port: port)
                try half.send("GET /figures/gradient-descent.svg?lr=0.")
                half.close()
                let leaving = try LoopbackConnection(port: port)
                try leaving.send("GET /figures/gradient-descent.csv?steps=10000 HTTP/1.1\r\n\r\n")
                leaving.close()
            }
            #expect(try LoopbackClient(port: port).get("/figures").status == 200)
        }
    }

    @Test func aThousandConnectionsAtOnceAreAllAnswered() async throws {
        try await withServer { port in
            let connections = try (0..<1000).map { _ in try LoopbackConnection(port: port) }
            defer { for connection in connections { connection.close() } }
            for (index, connection) in connections.enumerated() {
                let target = index % 2 == 0 ? "/figures" : "/figures/sigmoid.svg?lang=en"
                try connection.send("GET \(target) HTTP/1.1\r\nConnection: close\r\n\r\n")
            }
            var statuses: [Int: Int] = [:]
            for connection in connections {
                statuses[try connection.readResponse().status, default: 0] += 1
            }
            // Every connection gets an answer: the listing always, a figure or 503 when the queue is full.
            #expect(statuses[200, default: 0] >= 500)
            #expect(statuses.keys.allSatisfy { $0 == 200 || $0 == 503 }, "\(statuses)")
            #expect(statuses.values.reduce(0, +) == 1000)
        }
    }

    @Test func theServersCapsAreTighterThanTheCommandLinesWithAMessageNamingThem() async throws {
        try await withServer { port in
            let client = LoopbackClient(port: port)
            let steps = try client.get("/figures/gradient-descent.svg?steps=20000")
            #expect(steps.status == 400)
            #expect((steps.json?["error"] as? String)?.hasPrefix("--steps 20000 is not allowed here") == true)
            let frames = try client.get("/figures/gradient-descent.gif?frames=500")
            #expect(frames.status == 400)
            let pixels = try client.get("/figures/sigmoid.png?width=50&height=50&dpi=100")
            #expect(pixels.status == 400)
            #expect((pixels.json?["error"] as? String)?.contains("5000 × 5000 PNG is not allowed here") == true)
        }
    }

    @Test func aTenThousandCharacterExpressionGetsTheCommandLinesMessage() async throws {
        try await withServer { port in
            let expression = String(repeating: "x+", count: 5000) + "x"
            let reply = try LoopbackClient(port: port).get(
                "/figures/function-1.svg?f=" + expression.replacingOccurrences(of: "+", with: "%2B"))
            #expect(reply.status == 400)
            let figure = try #require(Catalogue.figure(id: "function-1"))
            let cli = try #require(throws: ParameterError.self) {
                try ParameterValues(for: figure, given: [.f: expression])
            }
            #expect(reply.json?["error"] as? String == cli.message)
            #expect(cli.message.contains("too long"))
        }
    }
}
