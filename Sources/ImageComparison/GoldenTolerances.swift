import Foundation

/// The tolerances declared for golden images, each with the reason it is needed. Read from
/// `TOLERANCES.json` beside the goldens; a missing file means every comparison is exact.
///
/// ```json
/// { "svgRaster": { "fuzz": "maxDifference=0-40;totalPixels=0-3000;tilePixels=0-90", "reason": "…" },
///   "files": { "fig4-7.png": { "fuzz": "0-1;0-12", "reason": "…" } } }
/// ```
public struct GoldenTolerances: Sendable {
    /// A tolerance and why it is allowed.
    public struct Declared: Sendable, Hashable {
        public var tolerance: FuzzyTolerance
        public var reason: String
        public init(tolerance: FuzzyTolerance, reason: String) {
            self.tolerance = tolerance
            self.reason = reason
        }
    }

    /// For the rasterisation of each SVG by rsvg-convert compared with the figure's PNG outside text, unless
    /// `files` has an entry for that SVG; nil means exact.
    public var svgRaster: Declared?
    /// Per golden file name: for `x.png` the pixel comparison with the golden, for `x.svg` its rasterisation
    /// compared with the PNG outside text (the canonical SVG text is always compared exactly).
    public var files: [String: Declared]

    public init(svgRaster: Declared? = nil, files: [String: Declared] = [:]) {
        self.svgRaster = svgRaster
        self.files = files
    }

    private struct Entry: Codable {
        var fuzz: String
        var reason: String
    }
    private struct Document: Codable {
        var svgRaster: Entry?
        var files: [String: Entry]?
    }

    /// Reads the tolerance file; absent means none declared.
    /// - Throws: a one-line error naming the file for malformed JSON, a malformed fuzz or an empty reason.
    public static func read(from path: String) throws -> GoldenTolerances {
        guard let data = FileManager.default.contents(atPath: path) else { return GoldenTolerances() }
        let document: Document
        do { document = try JSONDecoder().decode(Document.self, from: data) } catch {
            throw ImageComparisonError.unreadableFile(
                path: path,
                reason:
                    "not a valid tolerance file (expected {\"svgRaster\": {\"fuzz\", \"reason\"}, \"files\": {name: {\"fuzz\", \"reason\"}}})"
            )
        }
        func declared(_ entry: Entry, _ what: String) throws -> Declared {
            guard !entry.reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ImageComparisonError.unreadableFile(path: path, reason: "the tolerance of \(what) has no reason")
            }
            return Declared(tolerance: try FuzzyTolerance(parsing: entry.fuzz), reason: entry.reason)
        }
        var files: [String: Declared] = [:]
        for (name, entry) in document.files ?? [:] { files[name] = try declared(entry, name) }
        return GoldenTolerances(svgRaster: try document.svgRaster.map { try declared($0, "svgRaster") }, files: files)
    }
}
