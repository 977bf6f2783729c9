import Foundation
import Plotting
import Testing

@testable import PlottingAnimation

private let ffmpegAndFFprobeInstalled = FFmpeg.locate("ffmpeg") != nil && FFmpeg.locate("ffprobe") != nil

/// WebM and MP4 made by the real ffmpeg, checked with ffprobe. Skipped where ffmpeg is not installed.
@Suite(.enabled(if: ffmpegAndFFprobeInstalled, "ffmpeg and ffprobe are not installed (make deps-video)"))
struct FFmpegVideoTests {
    /// 5 frames of 101 × 75 (odd: padded to 102 × 76) at 10 per second, the last held 0.3 s more: 8 video frames.
    private static let header = TestAnimations.header(width: 101, height: 75, durations: [0.1, 0.1, 0.1, 0.1, 0.4])

    private static func encode(_ format: AnimationFormat) throws -> [UInt8] {
        var encoder = try FFmpegVideoEncoder(header: header, format: format)
        return try TestAnimations.encode(&encoder, header: header)
    }

    /// ffprobe's `key=value` lines about the first video stream of `bytes`.
    private static func probe(_ bytes: [UInt8], format: AnimationFormat) throws -> [String: String] {
        let folder = try TestAnimations.makeFolder("ffprobe")
        defer { TestAnimations.removeFolder(folder) }
        let file = "\(folder)/video.\(format.rawValue)"
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(FFmpeg.locate("ffprobe")))
        process.arguments = [
            "-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries",
            "stream=codec_name,width,height,pix_fmt,color_space,nb_read_frames,r_frame_rate:format=format_name", "-of",
            "default=noprint_wrappers=1", file,
        ]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        return fields
    }

    @Test func webmIsVP9WithTheHoldAsRepeatedFramesAndAnEvenSize() throws {
        let fields = try Self.probe(try Self.encode(.webm), format: .webm)
        #expect(fields["codec_name"] == "vp9")
        #expect(fields["format_name"]?.contains("webm") == true)
        #expect(fields["width"] == "102")
        #expect(fields["height"] == "76")
        #expect(fields["pix_fmt"] == "yuv420p")
        #expect(fields["color_space"] == "bt709")
        #expect(fields["nb_read_frames"] == "8")
        #expect(fields["r_frame_rate"] == "10/1")
    }

    @Test func mp4IsH264Yuv420pWithItsIndexFirst() throws {
        let bytes = try Self.encode(.mp4)
        let fields = try Self.probe(bytes, format: .mp4)
        #expect(fields["codec_name"] == "h264")
        #expect(fields["width"] == "102")
        #expect(fields["height"] == "76")
        #expect(fields["pix_fmt"] == "yuv420p")
        #expect(fields["color_space"] == "bt709")
        #expect(fields["nb_read_frames"] == "8")
        // +faststart: the index (moov) comes before the frames (mdat), so a browser can play while loading.
        let moov = try #require(Self.offset(of: "moov", in: bytes))
        let mdat = try #require(Self.offset(of: "mdat", in: bytes))
        #expect(moov < mdat)
    }

    @Test(arguments: [AnimationFormat.webm, .mp4])
    func theSameFramesGiveTheSameBytes(format: AnimationFormat) throws {
        #expect(try Self.encode(format) == Self.encode(format))
    }

    private static func offset(of tag: String, in bytes: [UInt8]) -> Int? {
        let pattern = Array(tag.utf8)
        return bytes.indices.dropLast(pattern.count).first { bytes[$0..<$0 + pattern.count].elementsEqual(pattern) }
    }
}

/// The encoders reached the way callers reach them: `Animation.render(as:)` drawing real figures.
struct AnimationRenderingTests {
    /// 3 frames of 101 × 75 pixels (1.01 × 0.75 in at 100 dpi): a line that tilts further each frame.
    private static let animation = Animation(frameCount: 3, framesPerSecond: 5, hold: 0.4) { index in
        Figure(Axes(marks: [LineMark(x: [0, 1], y: [0, Double(index)])]), width: 1.01, height: 0.75, dpi: 100)
    }

    @Test(.enabled(if: ffmpegAndFFprobeInstalled, "ffmpeg and ffprobe are not installed (make deps-video)"))
    func aRenderedAnimationBecomesAVideoWithTheHoldRepeated() throws {
        let bytes = try Self.animation.render(as: .webm)
        #expect(Array(bytes.prefix(4)) == [0x1A, 0x45, 0xDF, 0xA3], "EBML (Matroska/WebM) magic")
    }

    @Test func aRenderedAnimationBecomesAnAnimatedWebP() throws {
        let bytes = try Self.animation.render(as: .webp)
        #expect(Array(bytes.prefix(4)) == Array("RIFF".utf8))
        #expect(bytes.count > 100)
    }
}
