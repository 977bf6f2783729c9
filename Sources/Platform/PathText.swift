/// Small path helpers on plain strings (no Foundation: `NSString`'s path methods trap on some inputs).
package enum PathText {
    /// The folder part of a path: "." for a bare name, "/" for a name in the root, "a" for "a/b".
    package static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// The last component: "b" for "a/b", "" for "a/" (a path that names a folder).
    package static func baseName(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    /// Where a symbolic link at `link` pointing to `target` leads: `target` if absolute, else beside the link.
    package static func resolve(linkTarget target: String, of link: String) -> String {
        if target.hasPrefix("/") { return target }
        let folder = folder(of: link)
        return folder == "/" ? "/" + target : folder + "/" + target
    }

    /// A path as it appears in a one-line message: as it is, or, when it holds control characters (a
    /// newline would split the message), quoted with those characters escaped ('x\\n.png').
    package static func shown(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7f }) else { return path }
        return "'"
            + path.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7f ? $0.escaped(asASCII: true) : String($0) }
            .joined() + "'"
    }

    /// The longest prefix of `text` (whole Unicode scalars) that is at most `limit` UTF-8 bytes.
    package static func prefix(of text: String, maxBytes limit: Int) -> String {
        var result = String.UnicodeScalarView()
        var bytes = 0
        for scalar in text.unicodeScalars {
            bytes += UTF8.width(scalar)
            if bytes > limit { break }
            result.append(scalar)
        }
        return String(result)
    }
}
