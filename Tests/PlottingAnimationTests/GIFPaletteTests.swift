import PlottingCairo
import Testing

@testable import PlottingAnimation

@Suite struct GIFPaletteTests {
    @Test func fewColoursAreKeptExactlyMostFrequentFirst() {
        var histogram = ColorHistogram()
        histogram.add([0xFFFFFF, 0xFFFFFF, 0xFFFFFF, 0x1F77B4, 0x1F77B4, 0, ColorKeys.transparent])
        #expect(ColorQuantizer.palette(for: histogram) == [0xFFFFFF, 0x1F77B4, 0])
    }

    @Test func manyColoursGiveAtMost255EntriesWithTheFrequentOnesExact() {
        var histogram = ColorHistogram()
        histogram.add(Array(repeating: 0xFFFFFF, count: 5000) + Array(repeating: 0x1F77B4, count: 900))
        histogram.add((0..<4096).map { UInt32($0 * 4093 % 0x1000000) })
        let palette = ColorQuantizer.palette(for: histogram)
        #expect(palette.count <= 255 && palette.count > 200)
        #expect(Array(palette.prefix(2)) == [0xFFFFFF, 0x1F77B4])
        #expect(Set(palette).count == palette.count)
    }

    @Test func refinementLowersTheErrorOfMedianCut() {
        // Antialiasing ramps: each of matplotlib's ten colours blended with white in 128 steps.
        let tab10: [UInt32] = [
            0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2, 0x7F7F7F, 0xBCBD22, 0x17BECF,
        ]
        var histogram = ColorHistogram()
        for color in tab10 {
            for step in 0..<128 {
                func blend(_ shift: UInt32) -> UInt32 {
                    let channel = Int(color >> shift & 0xFF)
                    return UInt32(channel + (255 - channel) * step / 127) << shift
                }
                histogram.add(Array(repeating: blend(16) | blend(8) | blend(0), count: 1 + step % 7))
            }
        }
        let colors = histogram.byFrequency.map { (key: $0.key, count: $0.count) }
        func error(_ palette: [UInt32]) -> Int {
            let search = NearestColor(palette: palette)
            return colors.reduce(0) {
                $0 + $1.count * NearestColor.squaredDistance($1.key, palette[search.index(nearest: $1.key)])
            }
        }
        let cut = MedianCut.representatives(of: colors, boxCount: 64)
        let refined = ColorQuantizer.refine(cut, fixed: [0xFFFFFF], colors: colors)
        #expect(refined.count == cut.count)
        #expect(error([0xFFFFFF] + refined) < error([0xFFFFFF] + cut))
    }

    @Test func quantizingIsDeterministic() {
        var histogram = ColorHistogram()
        histogram.add((0..<5000).map { UInt32($0 &* 2_654_435_761 % 0x1000000) })
        #expect(ColorQuantizer.palette(for: histogram) == ColorQuantizer.palette(for: histogram))
    }

    @Test func everyKeyMapsToItsNearestEntry() {
        var mapper = PaletteMapper(palette: [0xFFFFFF, 0x000000, 0x808080])
        #expect(mapper.indices(of: [0xF0F0F0, 0x101010, 0x7F8081, ColorKeys.transparent]) == [0, 1, 2, 3])
    }

    @Test func theNearestSearchAgreesWithTryingEveryEntry() {
        var state: UInt32 = 12345
        func next() -> UInt32 {
            state = state &* 1_664_525 &+ 1_013_904_223
            return state >> 8
        }
        let palette = (0..<200).map { _ in next() } + [0x808080, 0x808080]
        let search = NearestColor(palette: palette)
        for _ in 0..<2000 {
            let key = next()
            let distances = palette.map { NearestColor.squaredDistance(key, $0) }
            let expected = distances.firstIndex(of: distances.min() ?? 0) ?? -1
            #expect(search.index(nearest: key) == expected)
        }
    }

    @Test func theChangedRectangleBoundsEveryDifference() {
        let width = 10
        let before = [UInt8](repeating: 200, count: 100 * 4)
        var after = before
        after[(3 * width + 7) * 4 + 3] = 0
        after[(6 * width + 2) * 4] = 1
        let old = RasterImage(width: width, height: 10, rgba: before)
        let new = RasterImage(width: width, height: 10, rgba: after)
        #expect(FrameDelta.changedRect(previous: old, current: new) == PixelRect(x: 2, y: 3, width: 6, height: 4))
        #expect(FrameDelta.changedRect(previous: old, current: old) == nil)
        let frame = RasterImage(width: width, height: 10, rgba: after)
        #expect(
            ColorKeys.keys(of: frame, in: PixelRect(x: 6, y: 3, width: 2, height: 1))
                == [0xC8C8C8, ColorKeys.transparent])
        #expect(ColorKeys.keys(of: frame, in: PixelRect(x: 2, y: 6, width: 1, height: 1)) == [0x01C8C8])
    }

    @Test func pixelsLikeThePreviousFramesAreUnchanged() {
        let before = RasterImage(width: 2, height: 1, rgba: [1, 2, 3, 255, 4, 5, 6, 255])
        let after = RasterImage(width: 2, height: 1, rgba: [1, 2, 3, 255, 4, 5, 7, 255])
        let rect = PixelRect(x: 0, y: 0, width: 2, height: 1)
        #expect(ColorKeys.keys(of: after, in: rect, previous: before) == [ColorKeys.unchanged, 0x040507])
        #expect(ColorKeys.keys(of: after, in: rect) == [0x010203, 0x040507])
        var histogram = ColorHistogram()
        histogram.add([0x010203, 0x040506])
        histogram.add([ColorKeys.unchanged, 0x040507], replacing: [0x010203, 0x040506])
        histogram.add([ColorKeys.unchanged, ColorKeys.unchanged], replacing: [0x010203, 0x040507])
        // Summed over the three frames shown: 0x010203 three times, 0x040506 once, 0x040507 twice.
        #expect(histogram.byFrequency.map(\.key) == [0x010203, 0x040507, 0x040506])
        #expect(histogram.byFrequency.map(\.count) == [3, 2, 1])
    }

    @Test(arguments: [0, 1, 2, 3, 5, 40_000, 70_000])
    func packedIDsComeBackAsTheyWere(length: Int) {
        // Runs of every length around the packing's limits, and literals between them.
        var ids: [UInt16] = []
        var next: UInt16 = 0
        while ids.count < length {
            let run = [1, 2, 3, 4, 32768, 32769, 1, 1][Int(next) % 8]
            ids += repeatElement(next, count: min(run, length - ids.count))
            next &+= 1
        }
        let packed = PackedIDs(ids)
        #expect(packed.count == length)
        let same = packed.unpacked() == ids
        #expect(same, "\(length) ids did not come back")
    }

    @Test func aBackgroundPacksIntoAFewWords() {
        let packed = PackedIDs(Array(repeating: 7, count: 300_000) + [1, 2, 1, 2] + Array(repeating: 7, count: 10))
        #expect(packed.packedCount < 40)
    }

    @Test func theHistogramGivesEveryColourAnIDUntilTheyRunOut() {
        var histogram = ColorHistogram()
        let ids = histogram.add((0..<UInt32(ColorHistogram.maximumColors)).map { $0 })
        #expect(ids?.count == ColorHistogram.maximumColors && ids?.last == UInt16.max)
        #expect(histogram.add([0x00FF_FFFF]) == nil)
        #expect(histogram.add([5, 5, 7]) == [5, 5, 7])
    }

    @Test func aLinePlotsBlendsGetASmallPaletteAShadedSurfaceAFullOne() {
        // A line plot: white, black and two line colours, with short antialiasing ramps between them.
        var lines = ColorHistogram()
        lines.add(Array(repeating: 0xFFFFFF, count: 200_000) + Array(repeating: 0, count: 9000))
        lines.add(Array(repeating: 0x1F77B4, count: 4000) + Array(repeating: 0x0000FF, count: 3000))
        for base: UInt32 in [0x1F77B4, 0x0000FF, 0x000000, 0x999999] {
            for step in 1..<255 {
                func blend(_ shift: UInt32) -> UInt32 {
                    let channel = Int(base >> shift & 0xFF)
                    return UInt32(channel + (255 - channel) * step / 255) << shift
                }
                lines.add([blend(16) | blend(8) | blend(0)])
            }
        }
        let small = ColorQuantizer.palette(for: lines)
        #expect(small.count <= ColorQuantizer.paletteSizes[0])
        #expect(ColorQuantizer.blendError(of: small, for: lines.byFrequency) <= ColorQuantizer.acceptableBlendError)
        // A shaded surface: a smooth two-dimensional gradient, which a small palette would band.
        var surface = ColorHistogram()
        var gradient: [UInt32] = []
        for red in 0..<64 {
            for green in 0..<64 {
                let key: UInt32 = UInt32(red * 4) << 16 | UInt32(green * 4) << 8 | 0x60
                gradient.append(key)
            }
        }
        surface.add(gradient)
        #expect(ColorQuantizer.palette(for: surface).count > ColorQuantizer.paletteSizes[1])
    }
}
