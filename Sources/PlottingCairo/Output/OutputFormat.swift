/// The file formats a document can be rendered to.
public enum OutputFormat: String, CaseIterable, Sendable, Hashable {
    /// A raster image (libpng), pixels = inches × dpi.
    case png
    /// Scalable vector graphics in px units (px = inches × dpi), looking exactly like the PNG.
    case svg
    /// PDF, sized in points, fonts embedded.
    case pdf

    /// The format named by a file extension (`"png"`, `".SVG"`, case-insensitive).
    /// Throws `RenderError.unknownFormat` naming the extension and listing the allowed ones.
    public init(fileExtension: String) throws {
        let ext = fileExtension.hasPrefix(".") ? String(fileExtension.dropFirst()) : fileExtension
        guard let format = OutputFormat(rawValue: ext.lowercased()) else { throw RenderError.unknownFormat(ext) }
        self = format
    }

    /// The format for a file path, from the extension of its last component ("" when it has none).
    public init(path: String) throws {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { throw RenderError.unknownFormat("") }
        try self.init(fileExtension: String(name[name.index(after: dot)...]))
    }
}
