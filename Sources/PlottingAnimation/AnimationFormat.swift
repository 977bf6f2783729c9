import PlottingCairo

/// The file formats an animation can be written as, chosen by the output's extension.
public enum AnimationFormat: String, CaseIterable, Sendable, Hashable {
    /// An animated GIF (giflib): a 256-colour palette shared by every frame, only the changed rectangle of each
    /// frame stored; what a blog post embeds.
    case gif
    /// An animated, lossless WebP (libwebp): full colour.
    case webp
    /// A VP9 video in WebM, made by ffmpeg (a separate program; `make deps-video`).
    case webm
    /// An H.264 video in MP4, made by ffmpeg (a separate program; `make deps-video`).
    case mp4
    /// One self-contained, offline HTML page that plays the frames: play/pause, step, slider, keyboard.
    case html

    /// The extensions in the order help and errors list them.
    public static var extensionList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The format named by a file extension (`"gif"`, `".WebM"`, case-insensitive); `htm` is `html`.
    /// Throws `AnimationError.unknownFormat` naming the extension and listing the allowed ones.
    public init(fileExtension: String) throws(AnimationError) {
        let ext = fileExtension.hasPrefix(".") ? String(fileExtension.dropFirst()) : fileExtension
        let lower = ext.lowercased()
        guard let format = AnimationFormat(rawValue: lower == "htm" ? "html" : lower) else {
            throw AnimationError.unknownFormat(ext)
        }
        self = format
    }

    /// The format for a file path, from the extension of its last component.
    public init(path: String) throws(AnimationError) {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            throw AnimationError.unknownFormat("")
        }
        try self.init(fileExtension: String(name[name.index(after: dot)...]))
    }

    /// Whether the bytes are binary (refused on a terminal), as every format but HTML is.
    public var isBinary: Bool { self != .html }

    /// Whether writing needs the ffmpeg program.
    public var needsFFmpeg: Bool { self == .webm || self == .mp4 }
}
