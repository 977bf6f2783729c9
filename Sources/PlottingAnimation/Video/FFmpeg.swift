import Platform

/// The ffmpeg program (WebM and MP4 are made by running it): finding it on PATH and the command line it is given.
package enum FFmpeg {
    /// Where to look for programs instead of the PATH environment variable, for tests (a folder with a fake
    /// ffmpeg, or none); a task-local value, so tests running at once do not see each other's.
    @TaskLocal package static var searchPathOverride: String?

    /// Throws `AnimationError.ffmpegMissing` unless ffmpeg is on PATH (checked before any frame is drawn).
    static func requireInstalled() throws(AnimationError) {
        _ = try executable()
    }

    /// The path of the ffmpeg program, or `AnimationError.ffmpegMissing`.
    static func executable() throws(AnimationError) -> String {
        guard let path = locate("ffmpeg") else { throw .ffmpegMissing }
        return path
    }

    /// The first executable regular file called `program` in the folders of PATH (or `searchPathOverride`);
    /// empty entries (the current folder, by an old convention) are skipped.
    package static func locate(_ program: String) -> String? {
        SystemCalls.locateProgram(program, searchPath: searchPathOverride)
    }

    /// ffmpeg's arguments (its name first): raw `rgb24` frames of `width` × `height` at `rate` on standard
    /// input, the video written to descriptor 3 (`/dev/fd/3`, seekable: MP4 goes back to put its index first).
    /// Bit-exact flags, no metadata and a fixed thread count make the bytes the same run after run. A key frame
    /// at most every 1,000 frames: a held last frame repeated for seconds then costs almost nothing (a 60 s hold
    /// at 10 per second: 40 KB instead of 124 KB of WebM).
    static func arguments(format: AnimationFormat, width: Int, height: Int, rate: String) -> [String] {
        let input = [
            "ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error",
            "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", "\(width)x\(height)", "-r", rate, "-i", "-",
        ]
        // RGB to limited-range BT.709 YUV 4:2:0 (what browsers and slide software play), tagged as such so that
        // players do not guess; bit-exact scaling so the bytes do not depend on the CPU's SIMD.
        let conversion = [
            "-an", "-vf",
            "scale=out_color_matrix=bt709:out_range=tv:flags=bicubic+accurate_rnd+full_chroma_int+bitexact,format=yuv420p",
            "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv",
        ]
        let codec: [String]
        let container: [String]
        switch format {
        case .mp4:
            codec = [
                "-c:v", "libx264", "-preset", "medium", "-crf", "20", "-tune", "animation", "-g", "1000", "-threads",
                "2",
            ]
            container = ["-movflags", "+faststart", "-f", "mp4"]
        default:
            codec = [
                "-c:v", "libvpx-vp9", "-crf", "32", "-b:v", "0", "-deadline", "good", "-cpu-used", "2", "-g", "1000",
                "-threads", "2",
            ]
            container = ["-f", "webm"]
        }
        let exact = ["-fflags", "+bitexact", "-flags:v", "+bitexact", "-map_metadata", "-1"]
        return input + conversion + codec + exact + container + ["-y", "/dev/fd/3"]
    }
}
