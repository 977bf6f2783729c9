import Foundation

/// The family names in a font family list ("DejaVu Serif, NanumGothic"), as Pango reads it.
enum FontFamilies {
    /// The names, trimmed, empty ones left out.
    static func names(in list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A name as fontconfig compares family names: case and blanks ignored.
    static func comparable(_ name: String) -> String {
        String(name.lowercased().filter { $0 != " " && $0 != "\t" })
    }
}
