import Figures
import Foundation
import PlottingCairo
import Testing

@testable import FigureServer

/// The API in process: routing, validation, ETag and headers, without a socket.
@Suite struct FigureAPITests {
    let api = FigureAPI()
    let descent: any FigureDefinition.Type = Catalogue.figure(id: "gradient-descent")!

    private func json(_ reply: HTTPReply) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(reply.body)) as? [String: Any])
    }

    @Test func listsEveryFigureWithItsParameters() throws {
        let reply = api.reply(method: "GET", path: "/figures", query: "")
        #expect(reply.status == 200)
        #expect(reply.contentType.hasPrefix("application/json"))
        let figures = try #require(try json(reply)["figures"] as? [[String: Any]])
        #expect(figures.compactMap { $0["id"] as? String } == Catalogue.ids)
        let descent = try #require(figures.first { $0["id"] as? String == "gradient-descent" })
        #expect(descent["formats"] as? [String] == ["svg", "png", "pdf", "gif", "csv"])
        let parameters = try #require(descent["parameters"] as? [[String: Any]])
        let lr = try #require(parameters.first { $0["name"] as? String == "lr" })
        #expect(lr["kind"] as? String == "number")
        #expect(lr["default"] as? String == self.descent.parameter(.lr)?.defaultText)
        #expect(lr["minimum"] as? Double == 0)
        #expect(lr["minimumInclusive"] as? Bool == false)
        // The slider for steps ends at the server's cap, not the command line's.
        let steps = try #require(parameters.first { $0["name"] as? String == "steps" })
        #expect(steps["maximum"] as? Double == Double(ServerCaps.maximumSteps))
        let still = try #require(figures.first { $0["id"] as? String == "sigmoid" })
        #expect(still["formats"] as? [String] == ["svg", "png", "pdf", "csv"])
    }

    @Test func theListingOffersNoFileParameter() throws {
        let figures = try #require(
            try json(api.reply(method: "GET", path: "/figures", query: ""))["figures"] as? [[String: Any]])
        let names = figures.flatMap {
            ($0["parameters"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        }
        #expect(!names.isEmpty)
        #expect(!names.contains("series"))
    }

    @Test func rendersAFigureAsTheCommandLineDoes() throws {
        let reply = api.reply(method: "GET", path: "/figures/gradient-descent.svg", query: "lr=0.2&steps=5&lang=en")
        #expect(reply.status == 200)
        #expect(reply.contentType == "image/svg+xml")
        let settings = try FigureSettings(language: .en)
        let expected = try FigureBuilder.build(descent, given: [.lr: "0.2", .steps: "5"], settings: settings)
        #expect(reply.body == (try expected.figure.render(as: .svg)))
    }

    @Test func servesTheNumbersAsTheCommandLinesDataCSV() throws {
        let reply = api.reply(method: "GET", path: "/figures/gradient-descent.csv", query: "lr=0.2&steps=5")
        #expect(reply.status == 200)
        #expect(reply.contentType == "text/csv; charset=utf-8")
        let expected = try FigureBuilder.build(descent, given: [.lr: "0.2", .steps: "5"], settings: FigureSettings())
        #expect(reply.body == Array(expected.data.csv.utf8))
        #expect(String(decoding: reply.body, as: UTF8.self).hasPrefix("after_updates,x0,x1\n"))
    }

    @Test func aBadParameterIs400WithTheCommandLinesMessage() throws {
        let reply = api.reply(method: "GET", path: "/figures/gradient-descent.svg", query: "lr=nan")
        #expect(reply.status == 400)
        let cli = try #require(throws: ParameterError.self) {
            try ParameterValues(for: descent, given: [.lr: "nan"])
        }
        #expect(try json(reply)["error"] as? String == cli.message)
        #expect(try json(reply)["status"] as? Int == 400)
    }

    @Test func unknownRepeatedAndFileParametersAre400() throws {
        let unknown = api.reply(method: "GET", path: "/figures/gradient-descent.svg", query: "lrr=1")
        #expect(unknown.status == 400)
        #expect((try json(unknown)["error"] as? String)?.contains("has no parameter 'lrr'") == true)
        let repeated = api.reply(method: "GET", path: "/figures/gradient-descent.svg", query: "lr=1&lr=2")
        #expect(repeated.status == 400)
        let series = api.reply(method: "GET", path: "/figures/training-loss.svg", query: "series=/etc/passwd")
        #expect(series.status == 400)
        #expect((try json(series)["error"] as? String)?.contains("does not do") == true)
        let timing = api.reply(method: "GET", path: "/figures/gradient-descent.svg", query: "fps=3")
        #expect(timing.status == 400)
    }

    @Test func unknownIdsFormatsAndPathsAre404() {
        for path in [
            "/figures/gradient-feild.svg", "/figures/gradient-descent.bmp", "/figures/../../etc/passwd.svg",
            "/figures/..%2F..%2Fetc%2Fpasswd.svg", "/etc/passwd", "/figures/sigmoid.gif", "/figures/.svg",
        ] {
            #expect(api.reply(method: "GET", path: path, query: "").status == 404, "\(path)")
        }
    }

    @Test func aMatchingETagIs304WithoutABody() {
        let first = api.reply(method: "GET", path: "/figures/sigmoid.svg", query: "lang=en")
        let tag = first.headers.first { $0.name == "ETag" }?.value
        #expect(first.status == 200)
        #expect(tag != nil)
        let again = api.reply(method: "GET", path: "/figures/sigmoid.svg", query: "lang=en", ifNoneMatch: tag)
        #expect(again.status == 304)
        #expect(again.body.isEmpty)
        let other = api.reply(method: "GET", path: "/figures/sigmoid.svg", query: "lang=ko", ifNoneMatch: tag)
        #expect(other.status == 200)
        #expect(other.headers.first { $0.name == "ETag" }?.value != tag)
    }

    @Test func theETagIgnoresTheOrderOfTheQuery() {
        let tag = { (query: String) in
            api.reply(method: "GET", path: "/figures/sigmoid.pdf", query: query).headers.first { $0.name == "ETag" }?
                .value
        }
        #expect(tag("lang=en&width=5") == tag("width=5&lang=en"))
        #expect(tag("lang=en&width=5") != tag("lang=en&width=6"))
    }

    @Test func everyReplyCarriesTheSecurityHeaders() {
        let replies = [
            api.reply(method: "GET", path: "/figures", query: ""),
            api.reply(method: "GET", path: "/nothing", query: ""),
            api.reply(method: "GET", path: "/figures/sigmoid.svg", query: "lr=1"),
            api.reply(method: "POST", path: "/figures", query: ""),
        ]
        for reply in replies {
            let names = reply.allHeaders.map(\.name)
            #expect(names.contains("Content-Security-Policy"))
            #expect(names.contains("X-Content-Type-Options"))
        }
        #expect(replies[3].status == 405)
    }
}

/// Findings of the hostile campaign against the server (scripts/hostile/server.py), kept: each query gets
/// exactly the command line's message for the same value.
@Suite struct FigureAPIHostileFindingsTests {
    let api = FigureAPI()

    private func error(_ path: String, _ query: String) -> (Int, String?) {
        let reply = api.reply(method: "GET", path: path, query: query)
        let object = try? JSONSerialization.jsonObject(with: Data(reply.body)) as? [String: Any]
        return (reply.status, object?["error"] as? String)
    }

    @Test func settingsGetTheCommandLinesMessages() throws {
        let cases: [(String, String)] = [
            ("dpi=-3%2C4", "--dpi -3,4 is not allowed: expected a number above 0 and at most 2400"),
            ("width=0.10.10.1", "--width 0.10.10.1 is not allowed: expected a number above 0 and at most 100 (inches)"),
            ("lang=KO", "--lang KO is not allowed: expected ko or en"),
        ]
        for (query, message) in cases {
            let (status, text) = error("/figures/gradient-descent.svg", query)
            #expect(status == 400)
            #expect(text == message, "\(query)")
            let parts = query.removingPercentEncoding?.split(separator: "=", maxSplits: 1).map(String.init) ?? []
            let cli = try #require(throws: ParameterError.self) {
                try FigureSettings(
                    languageText: parts[0] == "lang" ? parts[1] : nil, title: nil,
                    widthText: parts[0] == "width" ? parts[1] : nil, heightText: nil,
                    dpiText: parts[0] == "dpi" ? parts[1] : nil)
            }
            #expect(cli.message == message)
        }
    }

    @Test func aParameterOfAnotherFigureGetsTheCommandLinesMessage() {
        let (status, text) = error("/figures/gradient-field.svg", "init=1")
        #expect(status == 400)
        #expect(text == "gradient-field has no option --init; its options are --f, --range, --step, --aspect")
    }

    @Test func aPlotTheParametersMakeImpossibleIs400Not500() {
        let (status, text) = error("/figures/log.svg", "range=1%2C1e308")
        #expect(status == 400)
        #expect(text == "axes: y limits -inf...inf are not finite; give finite numbers")
    }
}
