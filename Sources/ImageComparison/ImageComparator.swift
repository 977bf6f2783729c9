/// Something that compares an expected image with an actual one. Tests inject other implementations
/// (for instance a deliberately broken one) to prove that the checks built on top can fail.
public protocol ImageComparing: Sendable {
    /// Compares `actual` against `expected`, exactly when `tolerance` is nil.
    func compare(expected: RGBAImage, actual: RGBAImage, tolerance: FuzzyTolerance?) -> ComparisonResult
}

/// The decoded-pixel comparator: all four channels of every pixel, exact unless a tolerance is given.
public struct PixelComparator: ImageComparing {
    public init() {}

    public func compare(expected: RGBAImage, actual: RGBAImage, tolerance: FuzzyTolerance?) -> ComparisonResult {
        let expectedSize = ImageSize(width: expected.width, height: expected.height)
        let actualSize = ImageSize(width: actual.width, height: actual.height)
        guard expectedSize == actualSize else {
            return ComparisonResult(
                expectedSize: expectedSize, actualSize: actualSize, maxDifference: 0,
                differingPixels: 0, worstTile: nil, tolerance: tolerance,
                verdict: .sizeMismatch, reasons: ["sizes differ"])
        }
        let measured = PixelDifference.measure(expected, actual)
        let (verdict, reasons) = Self.judge(measured, tolerance: tolerance)
        return ComparisonResult(
            expectedSize: expectedSize, actualSize: actualSize,
            maxDifference: measured.maxDifference, differingPixels: measured.differingPixels,
            worstTile: measured.worstTile, tolerance: tolerance, verdict: verdict, reasons: reasons)
    }

    /// Applies web-platform-tests' rule: identical images pass when either range admits 0; otherwise both
    /// measures must lie in their ranges, and no tile may exceed the cap.
    static func judge(_ measured: PixelDifference, tolerance: FuzzyTolerance?) -> (Verdict, [String]) {
        guard let tolerance else {
            return measured.differingPixels == 0
                ? (.identical, []) : (.different, ["no tolerance declared: the comparison is exact"])
        }
        if measured.differingPixels == 0 {
            if tolerance.maxDifference.lowerBound == 0 || tolerance.totalPixels.lowerBound == 0 {
                return (.identical, [])
            }
            return (.different, ["images are identical but the tolerance demands a difference"])
        }
        var reasons: [String] = []
        if !tolerance.maxDifference.contains(measured.maxDifference) {
            reasons.append(
                "max difference \(measured.maxDifference) outside \(tolerance.maxDifference.lowerBound)-\(tolerance.maxDifference.upperBound)"
            )
        }
        if !tolerance.totalPixels.contains(measured.differingPixels) {
            reasons.append(
                "\(measured.differingPixels) differing pixels outside \(tolerance.totalPixels.lowerBound)-\(tolerance.totalPixels.upperBound)"
            )
        }
        if let tile = measured.worstTile, tile.differingPixels > tolerance.tilePixelCap {
            reasons.append(
                "tile at (\(tile.x), \(tile.y)) has \(tile.differingPixels) differing pixels, cap \(tolerance.tilePixelCap)"
            )
        }
        return reasons.isEmpty ? (.withinTolerance, []) : (.different, reasons)
    }
}

/// Raw difference measures between two images of the same size.
struct PixelDifference {
    var maxDifference = 0
    var differingPixels = 0
    var worstTile: WorstTile?

    /// Measures two images; both must have the same size.
    static func measure(_ a: RGBAImage, _ b: RGBAImage) -> PixelDifference {
        let tile = FuzzyTolerance.tileSize
        let tilesAcross = (a.width + tile - 1) / tile
        let tilesDown = (a.height + tile - 1) / tile
        var tileCounts = [Int](repeating: 0, count: tilesAcross * tilesDown)
        var result = PixelDifference()
        a.bytes.withUnsafeBufferPointer { pa in
            b.bytes.withUnsafeBufferPointer { pb in
                for y in 0..<a.height {
                    let row = y * a.width * 4
                    for x in 0..<a.width {
                        let i = row + x * 4
                        var largest = 0
                        for c in 0..<4 { largest = max(largest, abs(Int(pa[i + c]) - Int(pb[i + c]))) }
                        guard largest > 0 else { continue }
                        result.differingPixels += 1
                        result.maxDifference = max(result.maxDifference, largest)
                        tileCounts[(y / tile) * tilesAcross + x / tile] += 1
                    }
                }
            }
        }
        if let (index, count) = tileCounts.enumerated().max(by: {
            $0.element < $1.element || ($0.element == $1.element && $0.offset > $1.offset)
        }),
            count > 0
        {
            result.worstTile = WorstTile(
                x: (index % tilesAcross) * tile, y: (index / tilesAcross) * tile, differingPixels: count)
        }
        return result
    }
}
