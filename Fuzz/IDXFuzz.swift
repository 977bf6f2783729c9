// libFuzzer target `idx`: bytes as stored in an IDX file (raw or gzip, one member or several) decoded as an
// image file and as a label file, the way `dlplot train` reads the data set. Built and run by scripts/fuzz.sh.
import Core

/// libFuzzer's entry: one input, `size` bytes at `data`, read as a stored IDX file; returns 0 (a finding traps).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIDX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let stored = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let images = try IDXImages(stored: stored, path: "fuzz-images")
        guard images.pixels.count == images.count * images.pixelsPerImage else {
            fatalError("images: shape and pixels disagree")
        }
    } catch {
        _ = error.description
    }
    do {
        let labels = try IDXLabels(stored: stored, path: "fuzz-labels")
        guard labels.labels.allSatisfy({ $0 < 10 }) else { fatalError("labels: a label of 10 or more was accepted") }
    } catch {
        _ = error.description
    }
    return 0
}
