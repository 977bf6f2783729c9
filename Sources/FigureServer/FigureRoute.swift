import Figures

/// What a request path names: the listing, one figure in one format, or nothing. Ids come only from the
/// catalogue, so no path (`/figures/../../etc/passwd.svg`, `%2e%2e%2f`…) can name anything else, and the
/// server never opens a file for a request.
public enum FigureRoute: Equatable, Sendable {
    /// `GET /figures`: every figure's parameters as JSON.
    case listing
    /// `GET /figures/{id}.{ext}`.
    case figure(id: String, format: FigureFormat)
    /// Anything else (404).
    case notFound(String)

    /// The route of `path`, the request target's path still percent-encoded (nothing is decoded: an id is
    /// ASCII letters and dashes, so an encoded character can only make the path unknown).
    public init(path: String) {
        if path == "/figures" || path == "/figures/" {
            self = .listing
            return
        }
        let prefix = "/figures/"
        guard path.hasPrefix(prefix) else {
            self = .notFound("no such resource; GET / is the live page, GET /figures lists the figures")
            return
        }
        let name = path.dropFirst(prefix.count)
        guard let dot = name.lastIndex(of: "."), let figure = Catalogue.figure(id: String(name[..<dot])) else {
            self = .notFound(
                "no figure at \(Self.shown(path)); ids are \(Catalogue.ids.joined(separator: ", ")) (GET /figures)")
            return
        }
        guard let format = FigureFormat(rawValue: String(name[name.index(after: dot)...])) else {
            self = .notFound(
                "\(figure.id) has no format .\(Self.shown(String(name[name.index(after: dot)...]))); ask for \(FigureFormat.allCases.map { ".\($0.rawValue)" }.joined(separator: ", "))"
            )
            return
        }
        self = .figure(id: figure.id, format: format)
    }

    /// A path as echoed in a message: at most 100 characters.
    static func shown(_ text: String) -> String {
        text.count <= 100 ? text : String(text.prefix(100)) + "…"
    }
}

/// The formats the API serves: the still figure's three, the animation as GIF, and the figure's numbers as the
/// CSV `--data` writes (`csv`).
public enum FigureFormat: String, CaseIterable, Sendable {
    case svg, png, pdf, gif, csv

    /// The `Content-Type` of a body in this format.
    public var contentType: String {
        switch self {
        case .svg: return "image/svg+xml"
        case .png: return "image/png"
        case .pdf: return "application/pdf"
        case .gif: return "image/gif"
        case .csv: return "text/csv; charset=utf-8"
        }
    }
}
