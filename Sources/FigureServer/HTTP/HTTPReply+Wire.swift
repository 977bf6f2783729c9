import Foundation

extension HTTPReply {
    /// The reply as HTTP/1.1 bytes, head and body in one buffer so they leave in one write (two writes would
    /// meet Nagle's algorithm and the client's delayed ACK: 40 ms per request). `Content-Length` is always sent;
    /// for `HEAD` (`includeBody` false) the body is left out. `keepsAlive` false adds `Connection: close`.
    func wire(includeBody: Bool, keepsAlive: Bool) -> Data {
        var head = "HTTP/1.1 \(status) \(Self.phrase(status))\r\n"
        for (name, value) in allHeaders { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.count)\r\n"
        if !keepsAlive { head += "Connection: close\r\n" }
        head += "\r\n"
        var bytes = Data(head.utf8)
        if includeBody && status != 304 { bytes.append(contentsOf: body) }
        return bytes
    }

    /// The reason phrase of every status the server sends.
    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 304: return "Not Modified"
        case 400: return "Bad Request"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 408: return "Request Timeout"
        case 413: return "Content Too Large"
        case 414: return "URI Too Long"
        case 431: return "Request Header Fields Too Large"
        case 501: return "Not Implemented"
        case 503: return "Service Unavailable"
        case 505: return "HTTP Version Not Supported"
        default: return "Internal Server Error"
        }
    }
}
