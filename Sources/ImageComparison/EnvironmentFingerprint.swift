import Core
import Foundation

/// The rendering environment the golden images were recorded in: library versions and the exact font
/// files. Checked before any image: when it differs, every golden would differ for a reason that is not
/// the code's, so the check fails once, as environment drift.
public struct EnvironmentFingerprint: Codable, Hashable, Sendable {
    /// Library name → upstream version (cairo, pango, libpng, freetype, harfbuzz, pixman, fontconfig).
    public var libraries: [String: String]
    /// Font file path → SHA-256 of its bytes ("missing" when the file cannot be read).
    public var fonts: [String: String]

    public init(libraries: [String: String], fonts: [String: String]) {
        self.libraries = libraries
        self.fonts = fonts
    }

    /// Fingerprints the font files at `fontPaths` together with the given library versions.
    public static func current(libraries: [String: String], fontPaths: [String]) -> EnvironmentFingerprint {
        var fonts: [String: String] = [:]
        for path in fontPaths {
            fonts[path] = FileManager.default.contents(atPath: path).map { SHA256.hex([UInt8]($0)) } ?? "missing"
        }
        return EnvironmentFingerprint(libraries: libraries, fonts: fonts)
    }

    /// The fingerprint of a rendering environment given as plain values (PlottingCairo's `RenderingEnvironment`):
    /// linked libraries as reported, Debian packages by their upstream version (see `UpstreamVersion`; "unknown"
    /// where not installed), and the font files hashed.
    package static func current(
        linkedLibraries: [String: String], debianPackages: [String: String?], fontPaths: [String]
    ) -> EnvironmentFingerprint {
        var libraries = linkedLibraries
        for (name, version) in debianPackages { libraries[name] = version.map(UpstreamVersion.of) ?? "unknown" }
        return current(libraries: libraries, fontPaths: fontPaths)
    }

    /// Each way `self` (the current environment) differs from `recorded`, one line each; empty when equal.
    public func drift(from recorded: EnvironmentFingerprint) -> [String] {
        func compare(_ kind: String, _ now: [String: String], _ then: [String: String]) -> [String] {
            Set(now.keys).union(then.keys).sorted().compactMap { key in
                let a = then[key] ?? "absent", b = now[key] ?? "absent"
                return a == b ? nil : "\(kind) \(key): recorded \(a), now \(b)"
            }
        }
        return compare("library", libraries, recorded.libraries) + compare("font", fonts, recorded.fonts)
    }

    /// Pretty, key-sorted JSON.
    public func jsonData() throws -> Data {
        try prettyJSON(self)
    }

    /// Reads a recorded fingerprint.
    /// - Throws: `ImageComparisonError.unreadableFile` naming the file when it is missing or malformed.
    public static func read(from path: String) throws -> EnvironmentFingerprint {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImageComparisonError.unreadableFile(
                path: path, reason: "no environment fingerprint (record goldens with `make golden`)")
        }
        do { return try JSONDecoder().decode(EnvironmentFingerprint.self, from: data) } catch {
            throw ImageComparisonError.unreadableFile(path: path, reason: "not a valid environment fingerprint")
        }
    }
}
