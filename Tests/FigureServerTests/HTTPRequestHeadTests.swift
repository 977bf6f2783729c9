import Testing

@testable import FigureServer

/// The request-head parser and the buffer that finds where heads end: what is kept, what is refused and
/// with which status.
struct HTTPRequestHeadTests {
    private func parse(_ text: String) throws(HTTPHeadError) -> HTTPRequestHead {
        try HTTPRequestHead(Array(text.utf8)[...])
    }

    @Test func splitsTheTargetAndReadsTheFieldsItActsOn() throws {
        let head = try parse(
            "GET /figures/gradient-descent.svg?lr=0.1&steps=5 HTTP/1.1\r\nHost: x\r\nIF-NONE-MATCH:  \"abc\" ")
        #expect(head.method == "GET")
        #expect(head.path == "/figures/gradient-descent.svg")
        #expect(head.query == "lr=0.1&steps=5")
        #expect(head.minorVersion == 1)
        #expect(head.ifNoneMatch == "\"abc\"")
        #expect(head.keepsAlive)
        #expect(head.contentLength == 0)
        #expect(try parse("HEAD /figures HTTP/1.1").query == "")
    }

    @Test func keepAliveFollowsTheVersionAndConnectionField() throws {
        #expect(try parse("GET / HTTP/1.1\r\nConnection: close").keepsAlive == false)
        #expect(try parse("GET / HTTP/1.1\r\nConnection: Keep-Alive, Close").keepsAlive == false)
        #expect(try parse("GET / HTTP/1.0").keepsAlive == false)
        #expect(try parse("GET / HTTP/1.0\r\nConnection: keep-alive").keepsAlive)
    }

    @Test(arguments: [
        ("", 400), ("GET /", 400), ("GET  / HTTP/1.1", 400), ("GET / HTTP/2.0", 505), ("GET / HTTP/1.1 x", 400),
        ("G(T / HTTP/1.1", 400), ("GET figures HTTP/1.1", 400), ("GET /a\u{7f} HTTP/1.1", 400),
        ("GET /é HTTP/1.1", 400), ("GET / HTTP/1.1\r\nNo colon here", 400), ("GET / HTTP/1.1\r\n folded: x", 400),
        ("GET / HTTP/1.1\r\n: empty name", 400), ("GET / HTTP/1.1\r\nX: a\u{1}b", 400),
        ("GET / HTTP/1.1\r\nTransfer-Encoding: chunked", 501), ("GET / HTTP/1.1\r\nContent-Length: -1", 400),
        ("GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2", 400),
        ("GET / HTTP/1.1\r\nContent-Length: 99999999999999999999", 400),
    ])
    func refusesMalformedHeads(text: String, status: Int) {
        let error = #expect(throws: HTTPHeadError.self) { try parse(text) }
        #expect(error?.status == status, "\(text.debugDescription)")
    }

    @Test func boundsTheTargetAndTheFieldCount() {
        let long = "GET /" + String(repeating: "a", count: HTTPRequestHead.maximumTargetBytes) + " HTTP/1.1"
        #expect(throws: HTTPHeadError.targetTooLong(bytes: HTTPRequestHead.maximumTargetBytes + 1)) { try parse(long) }
        let fields = (0...HTTPRequestHead.maximumFields).map { "X-\($0): y" }.joined(separator: "\r\n")
        #expect(throws: HTTPHeadError.tooManyFields(HTTPRequestHead.maximumFields + 1)) {
            try parse("GET / HTTP/1.1\r\n" + fields)
        }
    }

    @Test func theBufferSplitsPipelinedHeadsAndKeepsTheRest() throws {
        var buffer = RequestBuffer(limit: 1024)
        buffer.append(Array("\r\nGET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\n\nGET /c".utf8))
        let first = try #require(try buffer.takeHead())
        #expect(String(decoding: first, as: UTF8.self) == "GET /a HTTP/1.1\r\nHost: x")
        let second = try #require(try buffer.takeHead())
        #expect(String(decoding: second, as: UTF8.self) == "GET /b HTTP/1.1")
        #expect(try buffer.takeHead() == nil)
        buffer.append(Array(" HTTP/1.1\r".utf8))
        #expect(try buffer.takeHead() == nil)
        buffer.append(Array("\n\r\n".utf8))
        #expect(String(decoding: try #require(try buffer.takeHead()), as: UTF8.self) == "GET /c HTTP/1.1")
        #expect(buffer.isEmpty)
    }

    @Test func theBufferRefusesAHeadPastItsLimit() {
        var target = RequestBuffer(limit: 64)
        target.append(Array(("GET /" + String(repeating: "a", count: 100)).utf8))
        #expect(throws: HTTPHeadError.targetTooLong(bytes: 105)) { try target.takeHead() }
        var fields = RequestBuffer(limit: 64)
        fields.append(Array(("GET / HTTP/1.1\r\n" + String(repeating: "X: y\r\n", count: 20)).utf8))
        #expect(throws: HTTPHeadError.headTooLarge(limit: 64)) { try fields.takeHead() }
    }
}
