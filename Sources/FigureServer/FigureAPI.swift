import Core
import Figures
import PlottingCairo

/// The figure API, independent of the HTTP library: a request (method, path and query still percent-encoded,
/// `If-None-Match`) in, an `HTTPReply` out. `GET /figures` lists the figures; `GET /figures/{id}.{svg,png,pdf,gif}`
/// renders one with the command line's validation; a bad parameter is 400 with the CLI's one-line message;
/// an unknown id 404; a matching `If-None-Match` 304 before anything is drawn. `GET /` is the live page (`LivePage`).
public struct FigureAPI: Sendable {
    public init() {}

    /// Answers one request. Never throws: every failure is a reply.
    public func reply(method: String, path: String, query: String, ifNoneMatch: String? = nil) -> HTTPReply {
        guard method == "GET" else {
            return .error(405, "\(method) is not allowed; the API answers GET", headers: [("Allow", "GET")])
        }
        if let asset = LivePage.Asset(path: path) { return LivePage.reply(asset, ifNoneMatch: ifNoneMatch) }
        switch FigureRoute(path: path) {
        case .notFound(let message):
            return .error(404, message)
        case .listing:
            return HTTPReply(
                status: 200, contentType: JSONBody.contentType, body: JSONBody.encode(FigureListingJSON.make()),
                headers: [("Cache-Control", "no-cache")])
        case .figure(let id, let format):
            return figure(id: id, format: format, rawQuery: query, ifNoneMatch: ifNoneMatch)
        }
    }

    private func figure(id: String, format: FigureFormat, rawQuery: String, ifNoneMatch: String?) -> HTTPReply {
        guard let figure = Catalogue.figure(id: id) else { return .error(404, Catalogue.unknownFigureMessage(id)) }
        let query: FigureQuery
        do {
            query = try FigureQuery(try QueryString(raw: rawQuery), figure: figure, format: format)
        } catch let error as QueryError {
            return .error(error.status, error.description)
        } catch let error as ParameterError where error.message.hasPrefix("\(id) has no animation") {
            return .error(404, error.message)
        } catch {
            return Self.failure(error)
        }
        let tag = FigureETag.tag(id: id, format: format, canonical: query.canonical)
        let cacheHeaders = [("ETag", tag), ("Cache-Control", "no-cache")]
        if FigureETag.matches(ifNoneMatch, tag: tag) {
            return HTTPReply(status: 304, contentType: format.contentType, body: [], headers: cacheHeaders)
        }
        do {
            let body = try FigureRendering.render(figure, format: format, query: query)
            return HTTPReply(status: 200, contentType: format.contentType, body: body, headers: cacheHeaders)
        } catch {
            return Self.failure(error)
        }
    }

    /// A thrown error as a reply: the user's input (a parameter, a size) is 400 with its one-line message; the
    /// machine's failure (a font, Cairo, the encoder) is 500.
    static func failure(_ error: any Error) -> HTTPReply {
        switch error {
        case let error as ParameterError: return .error(400, error.message)
        case let error as QueryError: return .error(error.status, error.description)
        case let error as RenderError: return .error(error.isBadInput ? 400 : 500, error.description)
        default: return .error(500, "\(error)")
        }
    }
}
