import Platform

/// The font files dlplot draws with, pinned by path so that output never depends on what else is installed.
package enum PinnedFonts {
    /// One pinned font file and the Debian package that provides it.
    package struct File: Sendable, Hashable {
        package let path: String
        package let package: String
    }

    /// DejaVu Sans (regular, bold) for Latin, Greek and symbols; NanumGothic (regular, bold) for Hangul.
    package static let files: [File] = [
        File(path: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", package: "fonts-dejavu-core"),
        File(path: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", package: "fonts-dejavu-core"),
        File(path: "/usr/share/fonts/truetype/nanum/NanumGothic.ttf", package: "fonts-nanum"),
        File(path: "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf", package: "fonts-nanum"),
    ]

    /// The families of the pinned files: a font whose every family is one of these draws with the pinned files only.
    package static let families = ["DejaVu Sans", "NanumGothic"]

    /// Whether `family` (one name) is a pinned family.
    static func isPinned(_ family: String) -> Bool {
        families.contains { FontFamilies.comparable($0) == FontFamilies.comparable(family) }
    }

    /// The first of `files` that cannot be read, if any.
    static func firstMissing(in files: [File]) -> File? {
        files.first { access($0.path, R_OK) != 0 }
    }
}
