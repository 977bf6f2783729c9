import Core
import Figures
import Plotting
import PlottingCairo

/// The figure API, independent of the HTTP library: a request (method, path and query still percent-encoded,
/// `If-None-Match`) in, an `HTTPReply` out. `GET /figures` lists the figures; `GET /figures/{id}.{svg,png,pdf,gif}`
/// renders one with the command line's validation; a bad parameter is 400 with the CLI's one-line message;
/// an unknown id 404; a matching `If-None-Match` 304 before anything is drawn. `GET /` is the live page (`LivePage`).
public struct FigureAPI: Sendable {
    public init() {}

    /// Answers one request, drawing on the calling thread. Never throws: every failure is a reply.
    public func reply(method: String, path: String, query: String, ifNoneMatch: String? = nil) -> HTTPReply {
        switch answer(method: method, path: path, query: query, ifNoneMatch: ifNoneMatch) {
        case .ready(let reply): return reply
        case .render(let render): return render()
        }
    }

    /// Answers one request as far as it can without drawing: a listing, an error, a 304 are `.ready`; a valid
    /// figure request is `.render`, the drawing left for the caller to run where it likes (the server's render
    /// queue). `HEAD` is answered as `GET` (the server leaves the body out).
    public func answer(method: String, path: String, query: String, ifNoneMatch: String? = nil) -> FigureAnswer {
        guard method == "GET" || method == "HEAD" else {
            return .ready(
                .error(
                    405, "\(EchoedText.shortened(method)) is not allowed; the API answers GET and HEAD",
                    headers: [("Allow", "GET, HEAD")]))
        }
        if let asset = LivePage.Asset(path: path) { return .ready(LivePage.reply(asset, ifNoneMatch: ifNoneMatch)) }
        switch FigureRoute(path: path) {
        case .notFound(let message):
            return .ready(.error(404, message))
        case .listing:
            return .ready(
                HTTPReply(
                    status: 200, contentType: JSONBody.contentType, body: Self.listing,
                    headers: [("Cache-Control", "no-cache")]))
        case .figure(let id, let format):
            return figure(id: id, format: format, rawQuery: query, ifNoneMatch: ifNoneMatch)
        }
    }

    /// The listing's JSON, built once: it depends only on the catalogue.
    private static let listing = JSONBody.encode(FigureListingJSON.make())

    private func figure(id: String, format: FigureFormat, rawQuery: String, ifNoneMatch: String?) -> FigureAnswer {
        guard let figure = Catalogue.figure(id: id) else {
            return .ready(.error(404, Catalogue.unknownFigureMessage(id)))
        }
        let query: FigureQuery
        do {
            query = try FigureQuery(try QueryString(raw: rawQuery), figure: figure, format: format)
        } catch let error as QueryError {
            return .ready(.error(error.status, error.description))
        } catch let error as ParameterError where error.message.hasPrefix("\(id) has no animation") {
            return .ready(.error(404, error.message))
        } catch {
            return .ready(Self.failure(error))
        }
        let tag = FigureETag.tag(id: id, format: format, canonical: query.canonical)
        let cacheHeaders = [("ETag", tag), ("Cache-Control", "no-cache")]
        if FigureETag.matches(ifNoneMatch, tag: tag) {
            return .ready(HTTPReply(status: 304, contentType: format.contentType, body: [], headers: cacheHeaders))
        }
        return .render {
            do {
                let body = try FigureRendering.render(figure, format: format, query: query)
                return HTTPReply(status: 200, contentType: format.contentType, body: body, headers: cacheHeaders)
            } catch {
                return Self.failure(error)
            }
        }
    }

    /// A thrown error as a reply: the user's input (a parameter, a size) is 400 with its one-line message; the
    /// machine's failure (a font, Cairo, the encoder) is 500.
    static func failure(_ error: any Error) -> HTTPReply {
        switch error {
        case let error as ParameterError: return .error(400, error.message)
        case let error as QueryError: return .error(error.status, error.description)
        case let error as RenderError: return .error(error.isBadInput ? 400 : 500, error.description)
        // A plot the parameters made impossible (limits that are not finite …): the command line's exit 2.
        case let error as PlotError: return .error(400, EchoedText.lowercasingFirstWord(error.description))
        default: return .error(500, "\(error)")
        }
    }
}

/// What the API makes of a request before anything is drawn.
public enum FigureAnswer: Sendable {
    /// The reply, complete (a listing, an error, a 304).
    case ready(HTTPReply)
    /// A validated figure request: running the closure draws it and gives the reply.
    case render(@Sendable () -> HTTPReply)
}
