import Plotting

/// Puts a document's title and description into an SVG as its first children, `<title>` and `<desc>` (the
/// SVG 1.1 way: viewers show the title as a tooltip, screen readers read both, search indexes them).
enum SVGMetadata {
    /// `svg` with `<title>` and `<desc>` inserted right after the root `<svg …>` start tag; unchanged when
    /// there is nothing to insert or no root element is found.
    static func inserting(_ metadata: DocumentMetadata, into svg: [UInt8]) -> [UInt8] {
        var elements = ""
        if let title = metadata.writtenTitle { elements += "\n<title>\(MarkupText.escape(title))</title>" }
        if let text = metadata.writtenDescription { elements += "\n<desc>\(MarkupText.escape(text))</desc>" }
        guard !elements.isEmpty, let end = rootStartTagEnd(svg) else { return svg }
        var out = [UInt8]()
        out.reserveCapacity(svg.count + elements.utf8.count)
        out += svg[..<end]
        out += Array(elements.utf8)
        out += svg[end...]
        return out
    }

    /// The index just past the `>` of the first `<svg` start tag.
    private static func rootStartTagEnd(_ svg: [UInt8]) -> Int? {
        let open = Array("<svg".utf8)
        guard open.count <= svg.count else { return nil }
        for start in 0...(svg.count - open.count) where svg[start..<(start + open.count)].elementsEqual(open) {
            guard let close = svg[(start + open.count)...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            return close + 1
        }
        return nil
    }
}
