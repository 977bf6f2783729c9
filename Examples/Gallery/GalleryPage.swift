import Foundation

/// The gallery page: each chart's picture beside the Swift that draws it and the matplotlib call it stands for.
enum GalleryPage {
    /// The page for `charts` (pictures named `<name>.png` beside it), with the library's `version`.
    static func html(_ charts: [GalleryChart]) throws -> String {
        var s = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>dlplot Plotting gallery</title>
            <style>
            body { font-family: "DejaVu Sans", system-ui, sans-serif; margin: 2em auto; max-width: 76em; padding: 0 1em;
                   color: #222; background: #fff; }
            section { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.5em; align-items: start;
                      border-top: 1px solid #ccc; padding: 1.2em 0; }
            img { max-width: 100%; height: auto; border: 1px solid #ddd; background: #fff; }
            pre { background: #f5f5f2; padding: 0.8em; overflow-x: auto; font-size: 0.85em; line-height: 1.35; }
            .mpl { color: #555; font-size: 0.9em; }
            @media (max-width: 60em) { section { grid-template-columns: 1fr; } }
            @media (prefers-color-scheme: dark) { body { color: #ddd; background: #161616; }
              pre { background: #242424; } .mpl { color: #aaa; } section { border-color: #444; } }
            </style>
            </head>
            <body>
            <h1>The Plotting library's everyday charts</h1>
            <p>Each picture is drawn by the Swift beside it (<code>Examples/Gallery</code>, run by
            <code>make figures</code> into <code>gallery/</code> and checked against these images by
            <code>make test</code>). Under each title, the matplotlib call it stands for.</p>

            """
        for chart in charts {
            s += "<section id=\"\(escape(chart.name))\">\n<div>\n<h2>\(escape(chart.title))</h2>\n"
            s += "<p class=\"mpl\">matplotlib: <code>\(escape(chart.matplotlib))</code></p>\n"
            s += "<pre><code>\(escape(try code(of: chart)))</code></pre>\n</div>\n"
            s +=
                "<a href=\"\(escape(chart.name)).png\"><img src=\"\(escape(chart.name)).png\" alt=\"\(escape(chart.title))\"></a>\n"
            s += "</section>\n"
        }
        return s + "</body>\n</html>\n"
    }

    /// The chart's code: the lines between `// gallery: <name>` and the next `// end` in its source file,
    /// de-indented.
    static func code(of chart: GalleryChart) throws -> String {
        let source = try String(contentsOfFile: chart.file, encoding: .utf8)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard
            let start = lines.firstIndex(where: {
                $0.trimmingCharacters(in: .whitespaces) == "// gallery: \(chart.name)"
            }),
            let end = lines[start...].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "// end" })
        else { throw GalleryError("no '// gallery: \(chart.name)' … '// end' lines in \(chart.file)") }
        let body = lines[(start + 1)..<end]
        let indent = body.filter { !$0.allSatisfy(\.isWhitespace) }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return body.map { String($0.dropFirst(min(indent, $0.count))) }.joined(separator: "\n")
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

/// A gallery that cannot be written, in one line.
struct GalleryError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
