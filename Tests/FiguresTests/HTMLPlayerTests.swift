import Foundation
import ImageComparison
import Plotting
import PlottingCairo
import Testing

@testable import PlottingAnimation

/// The offline HTML player (`HTMLPlayerEncoder`, `PlayerPage`): its frames decode back to the exact pixels, its
/// page is valid HTML5, offline and deterministic. Beside the report page's tests because both share the
/// html5lib check.
@Suite("HTML animation player")
struct HTMLPlayerTests {
    /// Synthetic frames of `width × height`: a white page with a square moving right, a counter block at the top
    /// left that changes every frame, frame 3 equal to frame 2, and a half-transparent corner in every frame (less
    /// opaque in frame 5).
    static func frames(count: Int, width: Int = 64, height: Int = 48) -> [RasterImage] {
        (0..<count).map { index in
            var rgba = [UInt8](repeating: 255, count: width * height * 4)
            func set(_ x: Int, _ y: Int, _ r: UInt8, _ g: UInt8, _ b: UInt8, _ a: UInt8 = 255) {
                let i = (y * width + x) * 4
                rgba[i] = r
                rgba[i + 1] = g
                rgba[i + 2] = b
                rgba[i + 3] = a
            }
            let step = index == 3 ? 2 : index
            for y in 30..<36 { for x in (step * 5)..<(step * 5 + 6) where x < width { set(x, y, 31, 119, 180) } }
            for y in 1..<4 { for x in 1..<(2 + step % 7) { set(x, y, 0, 0, UInt8(step * 20 % 256)) } }
            set(width - 1, height - 1, 200, 10, 10, index == 5 ? 100 : 128)
            return RasterImage(width: width, height: height, rgba: rgba)
        }
    }

    static func header(count: Int, width: Int = 64, height: Int = 48, labels: [String]? = nil) -> AnimationHeader {
        var durations = Array(repeating: 0.1, count: count)
        durations[count - 1] += 1.5
        return AnimationHeader(
            width: width, height: height, durations: durations, loopCount: 3, frameLabels: labels,
            title: "Descent <test>", dpi: 100)
    }

    static func encode(_ frames: [RasterImage], header: AnimationHeader) throws -> [UInt8] {
        var encoder = try HTMLPlayerEncoder(header: header)
        for (index, frame) in frames.enumerated() { try encoder.add(frame, index: index) }
        return try encoder.finish()
    }

    /// The JSON data block of a player page.
    static func data(of page: String) throws -> [String: Any] {
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"player-data\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let json = Data(page[start.upperBound..<end.lowerBound].utf8)
        return try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    }

    /// The frames as the player's script composes them: a patch replaces its rectangle, or for an overlay only
    /// the pixels it does not leave transparent.
    static func composedFrames(_ data: [String: Any], width: Int, height: Int) throws -> [[UInt8]] {
        let frames = try #require(data["frames"] as? [[Any]])
        var canvas = [UInt8](repeating: 0, count: width * height * 4)
        var result: [[UInt8]] = []
        for frame in frames {
            for patch in try #require(frame[1] as? [[Any]]) {
                let x = try #require(patch[0] as? Int), y = try #require(patch[1] as? Int)
                let w = try #require(patch[2] as? Int), h = try #require(patch[3] as? Int)
                let base64 = try #require(patch[4] as? String)
                let png = try #require(Data(base64Encoded: base64))
                let image = try PNGCodec.decode([UInt8](png), name: "patch")
                #expect(image.width == w && image.height == h)
                let overlay = try #require(patch[5] as? Int) == 1
                for row in 0..<h {
                    for column in 0..<w {
                        let from = (row * w + column) * 4, to = ((y + row) * width + x + column) * 4
                        if overlay, image.bytes[from + 3] == 0 { continue }
                        canvas.replaceSubrange(to..<to + 4, with: image.bytes[from..<from + 4])
                    }
                }
            }
            result.append(canvas)
        }
        return result
    }

    @Test func everyFrameDecodesToItsExactPixels() throws {
        let frames = Self.frames(count: 9)
        let page = String(decoding: try Self.encode(frames, header: Self.header(count: 9)), as: UTF8.self)
        let data = try Self.data(of: page)
        let composed = try Self.composedFrames(data, width: 64, height: 48)
        #expect(composed.count == 9)
        for (index, frame) in frames.enumerated() { #expect(composed[index] == frame.rgba, "frame \(index)") }
        let stored = try #require(data["frames"] as? [[Any]])
        #expect(stored[0][0] as? Int == 1, "frame 0 is a keyframe")
        #expect(stored.dropFirst().contains { $0[0] as? Int == 0 }, "later frames are stored as changes")
        #expect((stored[3][1] as? [Any])?.isEmpty == true, "a frame equal to the one before stores nothing")
        let patches = stored.flatMap { ($0[1] as? [[Any]]) ?? [] }
        let overlays = patches.filter { $0[5] as? Int == 1 }.count
        #expect(overlays > 0 && overlays < patches.count, "opaque changes are overlays, the others replace")
    }

    @Test func changedBandsSplitAtLongGapsAndMergeShortOnes() {
        let blank = RasterImage(width: 50, height: 100, rgba: [UInt8](repeating: 255, count: 50 * 100 * 4))
        func marked(_ points: [(Int, Int)]) -> RasterImage {
            var rgba = blank.rgba
            for (x, y) in points { rgba[(y * 50 + x) * 4] = 0 }
            return RasterImage(width: 50, height: 100, rgba: rgba)
        }
        let gap = ChangedBands.mergeGap
        #expect(ChangedBands.between(blank, blank).isEmpty)
        #expect(
            ChangedBands.between(blank, marked([(3, 10), (40, 10 + gap + 1)]))
                == [PixelRect(x: 3, y: 10, width: 38, height: gap + 2)])
        #expect(
            ChangedBands.between(blank, marked([(3, 10), (40, 10 + gap + 2)]))
                == [PixelRect(x: 3, y: 10, width: 1, height: 1), PixelRect(x: 40, y: 12 + gap, width: 1, height: 1)])
    }

    @Test func timingLoopsLabelsAndOfflinePolicyAreInThePage() throws {
        let labels = ["step 0 </script><script>alert(1)</script>", "단계 1", "step 2", "step 3"]
        let bytes = try Self.encode(Self.frames(count: 4), header: Self.header(count: 4, labels: labels))
        let page = String(decoding: bytes, as: UTF8.self)
        let data = try Self.data(of: page)
        #expect(data["durations"] as? [Int] == [100, 100, 100, 1600], "the hold is added to the last frame")
        #expect(data["plays"] as? Int == 3)
        #expect(data["labels"] as? [String] == labels, "labels survive JSON escaping")
        #expect(page.components(separatedBy: "</script>").count == 3, "a label cannot close the data block")
        #expect(page.contains("content=\"\(PlayerPage.contentSecurityPolicy)\""))
        #expect(PlayerPage.contentSecurityPolicy.hasPrefix("default-src 'none';"))
        #expect(!page.contains("http://") && !page.contains("https://") && !page.contains("src=\"//"))
        #expect(page.contains("<title>Descent &lt;test&gt;</title>"))
        #expect(page.contains("<p id=\"label\" aria-live=\"polite\" lang=\"en\">step 0 &lt;/script&gt;"))
        #expect(page.contains("<html lang=\"en\">") && page.contains("<p class=\"help\" lang=\"en\">"))
        var korean = Self.header(count: 4, labels: ["단계 0", "단계 1", "단계 2", "단계 3"])
        korean.title = "경사 하강법"
        let koreanPage = String(decoding: try Self.encode(Self.frames(count: 4), header: korean), as: UTF8.self)
        #expect(koreanPage.contains("<html lang=\"ko\">") && koreanPage.contains("lang=\"ko\">단계 0</p>"))
        #expect(koreanPage.contains("<div class=\"controls\" role=\"group\" aria-label=\"Playback\" lang=\"en\">"))
        #expect(page.contains("<output id=\"counter\" for=\"seek\">1 / 4</output>"))
        for id in ["play", "back", "forward", "seek", "screen"] { #expect(page.contains("id=\"\(id)\"")) }
        #expect(page.contains("prefers-color-scheme: dark") && page.contains("prefers-reduced-motion"))
        #expect(try Self.encode(Self.frames(count: 4), header: Self.header(count: 4, labels: labels)) == bytes)
    }

    @Test func framesThatChangeEverywhereAreKeyframes() throws {
        // Every frame different everywhere: its changes cost as much as a whole frame, so it is stored whole.
        let noisy = (0..<4).map { index in
            var state = UInt64(index + 1) &* 0x9E37_79B9_7F4A_7C15
            let rgba = (0..<32 * 32 * 4).map { _ in
                state ^= state << 13
                state ^= state >> 7
                state ^= state << 17
                return UInt8(truncatingIfNeeded: state >> 32)
            }
            return RasterImage(width: 32, height: 32, rgba: rgba)
        }
        let page = String(
            decoding: try Self.encode(noisy, header: Self.header(count: 4, width: 32, height: 32)), as: UTF8.self)
        let stored = try #require(try Self.data(of: page)["frames"] as? [[Any]])
        #expect(stored.map { $0[0] as? Int } == [1, 1, 1, 1])
        // A small change (under an eighth of the pixels) that costs more bytes than the last keyframe (a blank
        // page compresses to almost nothing): stored whole; the same frame again: nothing stored.
        let blank = RasterImage(width: 32, height: 32, rgba: [UInt8](repeating: 255, count: 32 * 32 * 4))
        var speckled = blank.rgba
        for y in 0..<10 { for x in 0..<10 { speckled[(y * 32 + x) * 4] = noisy[1].rgba[(y * 32 + x) * 4] } }
        let small = [blank, RasterImage(width: 32, height: 32, rgba: speckled)]
        let smallPage = try Self.encode(small + [small[1]], header: Self.header(count: 3, width: 32, height: 32))
        let smallFrames = try #require(
            try Self.data(of: String(decoding: smallPage, as: UTF8.self))["frames"] as? [[Any]])
        #expect(smallFrames.map { $0[0] as? Int } == [1, 1, 0])
        // Nothing changes at all: a keyframe every `maximumKeyframeGap` frames all the same, so seeking stays cheap.
        let gap = HTMLPlayerEncoder.maximumKeyframeGap
        let still = Array(repeating: noisy[0], count: gap * 2 + 1)
        let stillPage = try Self.encode(still, header: Self.header(count: still.count, width: 32, height: 32))
        let stillFrames = try #require(
            try Self.data(of: String(decoding: stillPage, as: UTF8.self))["frames"] as? [[Any]])
        let keyframes = stillFrames.indices.filter { stillFrames[$0][0] as? Int == 1 }
        #expect(keyframes == [0, gap, 2 * gap])
    }

    @Test func framesOfTheWrongSizeAndEmptyHeadersAreRefused() throws {
        var encoder = try HTMLPlayerEncoder(header: Self.header(count: 2))
        try encoder.add(Self.frames(count: 1)[0], index: 0)
        #expect(throws: AnimationError.self) { try encoder.add(Self.frames(count: 1, width: 10)[0], index: 1) }
        #expect(throws: AnimationError.self) { try HTMLPlayerEncoder(header: Self.header(count: 1, width: 0)) }
        var empty = try HTMLPlayerEncoder(header: Self.header(count: 1))
        #expect(throws: AnimationError.self) { try empty.finish() }
    }

    @Test func aRenderedAnimationIsAValidHTML5Player() throws {
        let pathX: [Double] = (0..<6).map { -3 + Double($0) * 0.5 }
        let pathY: [Double] = (0..<6).map { 4 - Double($0) * 0.7 }
        let animation = Animation(
            frameCount: pathX.count, framesPerSecond: 5, hold: 1,
            frameLabels: pathX.indices.map { "step \($0)" }, title: "Gradient descent"
        ) { (index: Int) -> Figure in
            let points = LineMark(
                x: Array(pathX[...index]), y: Array(pathY[...index]), marker: MarkerStyle(.circle), drawsLine: false)
            let axes = Axes(marks: [points], title: "step \(index)", xLimits: -4...4, yLimits: -5...5)
            return Figure(axes, width: 3.2, height: 2.4)
        }
        let bytes = try animation.render(as: .html)
        let page = String(decoding: bytes, as: UTF8.self)
        let data = try Self.data(of: page)
        #expect(data["durations"] as? [Int] == [200, 200, 200, 200, 200, 1200])
        #expect(data["width"] as? Int == 320 && data["height"] as? Int == 240)
        #expect(try Self.composedFrames(data, width: 320, height: 240).count == 6)
        let result = try HTMLValidator.validate(page: bytes)
        #expect(result.status == 0, "html5lib reports:\n\(result.output)")
        #expect(try animation.render(as: .html) == bytes, "the player is deterministic")
    }
}
