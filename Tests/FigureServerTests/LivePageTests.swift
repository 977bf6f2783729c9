import Foundation
import Testing

@testable import FigureServer

/// The live page's routes: the page, its script and style sheet, their policy, types and entity tags.
@Suite struct LivePageTests {
    let api = FigureAPI()

    private func get(_ path: String, ifNoneMatch: String? = nil) -> HTTPReply {
        api.reply(method: "GET", path: path, query: "", ifNoneMatch: ifNoneMatch)
    }

    private func header(_ reply: HTTPReply, _ name: String) -> [String] {
        reply.allHeaders.filter { $0.name == name }.map(\.value)
    }

    @Test func theRootIsThePageWithItsOwnPolicy() {
        for path in ["/", "/index.html"] {
            let reply = get(path)
            #expect(reply.status == 200, "\(path)")
            #expect(reply.contentType == "text/html; charset=utf-8", "\(path)")
            #expect(String(decoding: reply.body, as: UTF8.self).hasPrefix("<!DOCTYPE html>"), "\(path)")
            #expect(header(reply, "Content-Security-Policy") == [LivePage.policy], "\(path)")
            #expect(header(reply, "X-Content-Type-Options") == ["nosniff"], "\(path)")
        }
        #expect(LivePage.policy.contains("script-src 'self';"))
        #expect(!LivePage.policy.contains("unsafe"))
    }

    @Test func theScriptAndStyleSheetHaveTheirTypes() {
        let script = get("/live.js")
        #expect(script.status == 200)
        #expect(script.contentType == "text/javascript; charset=utf-8")
        #expect(String(decoding: script.body, as: UTF8.self).contains("new FigureView("))
        let style = get("/live.css")
        #expect(style.status == 200)
        #expect(style.contentType == "text/css; charset=utf-8")
        #expect(header(style, "Content-Security-Policy") == [LivePage.policy])
    }

    @Test func thePageHasNoInlineScriptStyleOrHandler() throws {
        let html = String(decoding: get("/").body, as: UTF8.self)
        let scripts = html.components(separatedBy: "<script").dropFirst()
        #expect(scripts.count == 1)
        for script in scripts {
            let tag = try #require(script.components(separatedBy: "</script>").first)
            #expect(tag.contains("src=\"/live.js\""))
            #expect(tag.hasSuffix(">"), "the script element has a body: \(tag)")
        }
        #expect(!html.contains("<style"))
        #expect(!html.contains(" style="))
        #expect(html.range(of: #"\son[a-z]+="#, options: .regularExpression) == nil)
    }

    @Test func theAssetsLoadNothingButTheServer() {
        for path in ["/", "/live.js", "/live.css"] {
            let text = String(decoding: get(path).body, as: UTF8.self)
            #expect(!text.contains("http://") && !text.contains("https://"), "\(path)")
            #expect(!text.contains("@import") && !text.contains("@font-face"), "\(path)")
            #expect(!text.contains("eval(") && !text.contains("new Function"), "\(path)")
        }
    }

    @Test func otherPathsAre404WithTheStrictPolicy() {
        for path in ["/live.xyz", "/live.js/", "/index.htm", "/live", "/LIVE.JS"] {
            let reply = get(path)
            #expect(reply.status == 404, "\(path)")
            #expect(header(reply, "Content-Security-Policy") == [HTTPReply.securityHeaders[0].value], "\(path)")
        }
        #expect(header(get("/figures"), "Content-Security-Policy") == [HTTPReply.securityHeaders[0].value])
    }

    @Test func aMatchingETagIs304ForEveryAsset() throws {
        for path in ["/", "/live.js", "/live.css"] {
            let first = get(path)
            let tag = try #require(header(first, "ETag").first)
            #expect(tag.hasPrefix("\"") && tag.count == 34, "\(path)")
            let again = get(path, ifNoneMatch: "W/\(tag)")
            #expect(again.status == 304, "\(path)")
            #expect(again.body.isEmpty, "\(path)")
            #expect(header(again, "ETag") == [tag], "\(path)")
            #expect(header(again, "Content-Security-Policy") == [LivePage.policy], "\(path)")
            #expect(get(path, ifNoneMatch: "\"0\"").status == 200, "\(path)")
        }
        #expect(Set(LivePage.Asset.allCases.map(\.tag)).count == LivePage.Asset.allCases.count)
    }

    @Test func onlyGETReachesThePage() {
        #expect(api.reply(method: "POST", path: "/", query: "").status == 405)
    }

    @Test func theListingGivesEachFigureItsSummary() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(get("/figures").body)) as? [String: Any])
        let figures = try #require(json["figures"] as? [[String: Any]])
        let descent = try #require(figures.first { $0["id"] as? String == "gradient-descent" })
        let summary = try #require(descent["summary"] as? [String: String])
        #expect(summary["en"]?.hasPrefix("Gradient descent") == true)
        #expect(summary["ko"]?.isEmpty == false)
    }
}
