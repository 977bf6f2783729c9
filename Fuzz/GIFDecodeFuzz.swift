// libFuzzer target `gif-decode`: bytes read as a GIF file by ImageComparison's GIFDecoder, as tests and the
// golden check read animations (giflib record by record, disposal and transparency composed), with a small pixel
// budget so that a run stays fast. Every decoded GIF's shape is checked. Built and run by scripts/fuzz.sh.
import ImageComparison

/// libFuzzer's entry: one input, `size` bytes at `data`, read as a GIF; returns 0 (a finding traps).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGIFDecode(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let decoded = try GIFDecoder.decode(bytes, name: "fuzz.gif", maximumTotalPixels: 4_000_000)
        guard !decoded.frames.isEmpty, decoded.frames.count == decoded.delays.count,
            decoded.frames.count <= GIFDecoder.maximumFrames, decoded.plays >= 0,
            decoded.frames.allSatisfy({ $0.width == decoded.width && $0.height == decoded.height })
        else { fatalError("gif-decode: frames, delays and the screen disagree") }
    } catch {
        _ = "\(error)"
    }
    return 0
}
