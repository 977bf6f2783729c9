// libFuzzer target `png-compare`: what `dlplot compare EXPECTED ACTUAL --diff D` does with two files, from memory.
// The input is the expected PNG followed by the actual one (split where the second PNG signature starts; with
// no second signature the image is compared with itself). Both are decoded; the comparator measures them
// exactly and with a tolerance; the amplified diff image is made and encoded. Every chunk's CRC is set right
// first, so that mutated sizes and data get past libpng's checksum. Built and run by scripts/fuzz.sh.
import CZlib
import ImageComparison

private let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
private let tolerance = FuzzyTolerance(maxDifference: 0...2, totalPixels: 0...40)

/// libFuzzer's entry: one input, `size` bytes at `data`, read as one or two PNG files; returns 0 (a finding traps).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPNGCompare(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = withCorrectCRCs(Array(UnsafeBufferPointer(start: data, count: size)))
    let split = (1..<max(1, bytes.count - signature.count + 1)).first {
        bytes[$0..<$0 + signature.count].elementsEqual(signature)
    }
    let expectedBytes = Array(bytes[..<(split ?? bytes.count)])
    let actualBytes = split.map { Array(bytes[$0...]) } ?? expectedBytes
    let expected: RGBAImage, actual: RGBAImage
    do {
        expected = try PNGCodec.decode(expectedBytes, name: "expected.png")
        actual = try PNGCodec.decode(actualBytes, name: "actual.png")
    } catch {
        _ = "\(error)"
        return 0
    }
    let comparator = PixelComparator()
    for allowed in [nil, tolerance] {
        let result = comparator.compare(expected: expected, actual: actual, tolerance: allowed)
        _ = result.summary
    }
    _ = try? PNGCodec.encode(DiffImage.make(expected: expected, actual: actual))
    return 0
}

/// `bytes` with the CRC-32 of every complete chunk after a PNG signature recomputed (the rest left as it is).
private func withCorrectCRCs(_ bytes: [UInt8]) -> [UInt8] {
    var fixed = bytes
    var offset = 0
    while offset + 8 <= fixed.count {
        if fixed[offset..<offset + 8].elementsEqual(signature) {
            offset += 8
            continue
        }
        let length = fixed[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        guard length <= fixed.count - offset - 12 else { break }
        let crc = fixed.withUnsafeBufferPointer { crc32(0, $0.baseAddress! + offset + 4, UInt32(length + 4)) }
        for index in 0..<4 { fixed[offset + 8 + length + index] = UInt8(truncatingIfNeeded: crc >> (24 - 8 * index)) }
        offset += 12 + length
    }
    return fixed
}
