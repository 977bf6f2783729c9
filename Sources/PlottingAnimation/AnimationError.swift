/// Everything that can go wrong while encoding an animation; each message is one line naming the bad value.
public enum AnimationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file extension that names no animation format.
    case unknownFormat(String)
    /// The ffmpeg program (WebM and MP4) is not installed.
    case ffmpegMissing
    /// ffmpeg ran but failed: its exit status and the last line it printed.
    case ffmpegFailed(String)
    /// An encoding library (giflib, libwebp, libpng) reported an error.
    case encoder(String)

    /// The error as one line for the user.
    public var description: String {
        switch self {
        case .unknownFormat(let ext) where ext.isEmpty:
            return "the output file has no extension; use one of \(AnimationFormat.extensionList)"
        case .unknownFormat(let ext):
            return "unknown animation format '.\(ext)'; use one of \(AnimationFormat.extensionList)"
        case .ffmpegMissing:
            return
                "writing WebM or MP4 needs the ffmpeg program, which is not installed; install it with make deps-video (apt-get install ffmpeg), or write .gif, .webp or .html instead"
        case .ffmpegFailed(let detail):
            return "ffmpeg failed: \(detail)"
        case .encoder(let message):
            return message
        }
    }
}
