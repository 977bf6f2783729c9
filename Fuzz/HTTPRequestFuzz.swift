// libFuzzer target `http-request`: the bytes a client sends to `dlplot serve`, through the same steps the server
// takes before anything is drawn: RequestBuffer finds each request head (pipelined ones too, within a small
// limit), HTTPRequestHead parses it, QueryString decodes its query. Compiled with those three files of
// Sources/FigureServer (the rest of that module needs the socket library) and the Core module they import.
// Built and run by scripts/fuzz.sh.
import Core

/// libFuzzer's entry: one input, `size` bytes at `data`, fed in two pieces (split where the first byte says)
/// as a connection would receive them; returns 0 (a finding traps).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTPRequest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let first = bytes.first else { return 0 }
    let rest = Array(bytes.dropFirst())
    let split = rest.isEmpty ? 0 : Int(first) % (rest.count + 1)
    var buffer = RequestBuffer(limit: 2048)
    for piece in [rest[..<split], rest[split...]] {
        buffer.append(Array(piece))
        while true {
            let head: ArraySlice<UInt8>?
            do { head = try buffer.takeHead() } catch {
                _ = (error.status, error.description)
                return 0
            }
            guard let head else { break }
            do {
                let request = try HTTPRequestHead(head)
                _ = buffer.drop(upTo: request.contentLength)
                do { _ = try QueryString(raw: request.query).items.count } catch {
                    _ = (error.status, error.description)
                }
            } catch {
                _ = (error.status, error.description)
            }
        }
    }
    return 0
}
