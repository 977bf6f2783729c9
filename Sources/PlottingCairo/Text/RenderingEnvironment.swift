import CCairo
import CPNG
import CPangoCairo
import Foundation

/// What the pixels depend on besides dlplot's code: the versions of the libraries that draw (read from the
/// linked Cairo, Pango and libpng; from Debian's package database for FreeType, HarfBuzz, pixman and
/// fontconfig) and the pinned font files. Plain values: `ImageComparison.EnvironmentFingerprint` turns them into
/// the fingerprint recorded beside the goldens (PlottingCairo does not import ImageComparison).
package struct RenderingEnvironment: Sendable, Hashable {
    /// Library name → version as the linked library reports it (cairo, pango, libpng).
    package var linkedLibraries: [String: String]
    /// Library name → installed Debian package version, nil where dpkg or the package is unavailable.
    /// FreeType rasterises glyphs, HarfBuzz shapes text, fontconfig picks fonts and pixman composites Cairo's
    /// image surface: all change pixels.
    package var debianPackages: [String: String?]
    /// The pinned font files' paths.
    package var fontPaths: [String]

    /// The environment of this process now.
    package static func current() -> RenderingEnvironment {
        let linked = [
            "cairo": String(cString: cairo_version_string()),
            "pango": String(cString: pango_version_string()),
            "libpng": String(cString: png_get_libpng_ver(nil)),
        ]
        var packages: [String: String?] = [:]
        for (name, package) in [
            ("freetype", "libfreetype6"), ("harfbuzz", "libharfbuzz0b"), ("pixman", "libpixman-1-0"),
            ("fontconfig", "libfontconfig1"),
        ] {
            packages[name] = debianPackageVersion(package)
        }
        return RenderingEnvironment(
            linkedLibraries: linked, debianPackages: packages, fontPaths: PinnedFonts.files.map(\.path))
    }

    /// The installed version of a Debian package, or nil where dpkg is unavailable or the package is not installed.
    static func debianPackageVersion(_ package: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dpkg-query")
        process.arguments = ["-W", "-f=${Version}", package]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        return process.terminationStatus == 0 && !text.isEmpty ? text : nil
    }
}
