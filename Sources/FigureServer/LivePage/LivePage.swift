import Core

/// The live page of `dlplot serve`: `GET /` (or `/index.html`) is the page, `/live.js` its script, `/live.css`
/// its style sheet. Their text is compiled in (`LivePageHTML`, `LivePageScript`, `LivePageStyle`), so the server
/// reads no file at run time and a copied release binary serves the same page.
///
/// The page builds one section per figure from `GET /figures` and renders through `GET /figures/{id}.{format}`;
/// it loads nothing but these three assets and the API, which its Content-Security-Policy (`policy`) enforces.
package enum LivePage {
    /// One of the page's assets.
    package enum Asset: String, CaseIterable, Sendable {
        case html, script, style

        /// The asset at a request path: `/` and `/index.html` are the page, `/live.js` and `/live.css` its
        /// script and style; nil for any other path.
        package init?(path: String) {
            switch path {
            case "/", "/index.html": self = .html
            case "/live.js": self = .script
            case "/live.css": self = .style
            default: return nil
            }
        }

        /// The `Content-Type` it is served with.
        package var contentType: String {
            switch self {
            case .html: return "text/html; charset=utf-8"
            case .script: return "text/javascript; charset=utf-8"
            case .style: return "text/css; charset=utf-8"
            }
        }

        /// Its bytes, UTF-8.
        package var body: [UInt8] { LivePage.bodies[self] ?? [] }

        /// Its entity tag: 32 hex digits of the SHA-256 of the body, quoted.
        package var tag: String { LivePage.tags[self] ?? "\"\"" }
    }

    /// The page's policy: its own script and style sheet, images from the server and the blob URLs the script
    /// makes of rendered figures, requests to the server only; no inline script, no `eval`, no frames, no forms.
    /// Every other reply keeps the strict policy of `HTTPReply.securityHeaders`.
    package static let policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    /// The reply for `asset`: 200 with the body, or 304 without one when `ifNoneMatch` names its tag.
    package static func reply(_ asset: Asset, ifNoneMatch: String?) -> HTTPReply {
        let headers = [("ETag", asset.tag), ("Cache-Control", "no-cache"), ("Content-Security-Policy", policy)]
        if FigureETag.matches(ifNoneMatch, tag: asset.tag) {
            return HTTPReply(status: 304, contentType: asset.contentType, body: [], headers: headers)
        }
        return HTTPReply(status: 200, contentType: asset.contentType, body: asset.body, headers: headers)
    }

    private static let bodies: [Asset: [UInt8]] = [
        .html: Array(LivePageHTML.text.utf8), .script: Array(LivePageScript.text.utf8),
        .style: Array(LivePageStyle.text.utf8),
    ]

    private static let tags: [Asset: String] = bodies.mapValues { "\"" + String(SHA256.hex($0).prefix(32)) + "\"" }
}
