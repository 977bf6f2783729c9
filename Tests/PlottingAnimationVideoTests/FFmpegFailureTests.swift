import Plotting
import Synchronization
import Testing

@testable import PlottingAnimation

/// WebM and MP4 without a working ffmpeg: missing (checked before drawing) or failing midway. These use fake
/// programs on a search path of their own, so they run where ffmpeg is not installed too.
struct FFmpegFailureTests {
    /// A small animation that counts the frames it is asked to build.
    private static func countingAnimation(_ built: FrameCounter) -> Animation {
        Animation(frameCount: 3, framesPerSecond: 10) { index in
            built.count.withLock { $0 += 1 }
            return Figure(Axes(marks: [LineMark(x: [0, 1], y: [0, Double(index)])]), width: 1, height: 1, dpi: 50)
        }
    }

    @Test(arguments: [AnimationFormat.webm, .mp4])
    func noFFmpegOnThePathIsFFmpegMissingBeforeAnyFrameIsBuilt(format: AnimationFormat) throws {
        let folder = try TestAnimations.makeFolder("no-ffmpeg")
        defer { TestAnimations.removeFolder(folder) }
        let built = FrameCounter()
        FFmpeg.$searchPathOverride.withValue(folder) {
            #expect(throws: AnimationError.ffmpegMissing) { try Self.countingAnimation(built).render(as: format) }
            #expect(throws: AnimationError.ffmpegMissing) { try format.checkAvailable() }
        }
        #expect(built.count.withLock { $0 } == 0)
        #expect(AnimationError.ffmpegMissing.description.contains("make deps-video"))
    }

    @Test func anFFmpegThatIsNotExecutableIsMissing() throws {
        let folder = try TestAnimations.makeFolder("ffmpeg-not-executable")
        defer { TestAnimations.removeFolder(folder) }
        try TestAnimations.writeScript("exit 0", named: "ffmpeg", in: folder, mode: 0o644)
        FFmpeg.$searchPathOverride.withValue(folder) {
            #expect(FFmpeg.locate("ffmpeg") == nil)
            #expect(throws: AnimationError.ffmpegMissing) { try FFmpeg.requireInstalled() }
        }
    }

    @Test(arguments: [AnimationFormat.webm, .mp4])
    func anFFmpegThatFailsMidwayIsFFmpegFailedWithItsStatusAndLastLine(format: AnimationFormat) throws {
        let folder = try TestAnimations.makeFolder("failing-ffmpeg")
        defer { TestAnimations.removeFolder(folder) }
        try TestAnimations.writeScript(
            "head -c 100000 >/dev/null; echo 'frame=1 fps=0.0' >&2; echo 'fake ffmpeg: Conversion failed!' >&2; exit 1",
            named: "ffmpeg", in: folder)
        let header = TestAnimations.header(width: 400, height: 300, durations: Array(repeating: 0.1, count: 12))
        let error = FFmpeg.$searchPathOverride.withValue(folder) {
            #expect(throws: AnimationError.self) {
                var encoder = try FFmpegVideoEncoder(header: header, format: format)
                _ = try TestAnimations.encode(&encoder, header: header)
            }
        }
        guard case .ffmpegFailed(let detail) = error else {
            Issue.record("expected ffmpegFailed, got \(String(describing: error))")
            return
        }
        #expect(detail.hasPrefix("exit status 1 while it was sent frame "))
        #expect(detail.hasSuffix(": fake ffmpeg: Conversion failed!"))
    }

    @Test func anFFmpegThatSucceedsWithoutWritingIsFFmpegFailed() throws {
        let folder = try TestAnimations.makeFolder("silent-ffmpeg")
        defer { TestAnimations.removeFolder(folder) }
        try TestAnimations.writeScript("cat >/dev/null", named: "ffmpeg", in: folder)
        let header = TestAnimations.header(width: 8, height: 8, durations: [0.1, 0.1])
        FFmpeg.$searchPathOverride.withValue(folder) {
            #expect(throws: AnimationError.ffmpegFailed("it exited with status 0 but wrote nothing")) {
                var encoder = try FFmpegVideoEncoder(header: header, format: .webm)
                _ = try TestAnimations.encode(&encoder, header: header)
            }
        }
    }
}

/// How many frames an animation was asked to build.
private final class FrameCounter: Sendable {
    let count = Mutex(0)
}
