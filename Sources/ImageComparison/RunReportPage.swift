/// One HTML page for a comparison run: for every failure, expected | actual | diff side by side, the
/// measured numbers, and the command that accepts the new image.
public struct RunReportPage: Sendable {
    /// One compared item on the page.
    public struct Entry: Sendable {
        /// A heading (a figure id and format).
        public var title: String
        /// The comparison's one-line summary.
        public var summary: String
        /// Whether it passed; passing entries are listed compactly, without images.
        public var passed: Bool
        /// Paths of the three images relative to the page (nil when an image is unavailable).
        public var expectedImage: String?
        public var actualImage: String?
        public var diffImage: String?
        /// Path of the JSON report relative to the page.
        public var reportJSON: String?
        /// The shell command that accepts the actual image as the new golden.
        public var acceptCommand: String?
        public init(
            title: String, summary: String, passed: Bool, expectedImage: String? = nil, actualImage: String? = nil,
            diffImage: String? = nil, reportJSON: String? = nil, acceptCommand: String? = nil
        ) {
            self.title = title
            self.summary = summary
            self.passed = passed
            self.expectedImage = expectedImage
            self.actualImage = actualImage
            self.diffImage = diffImage
            self.reportJSON = reportJSON
            self.acceptCommand = acceptCommand
        }
    }

    /// The page title.
    public var title: String
    /// Lines shown above the entries (environment, how to accept everything at once).
    public var notes: [String]
    public var entries: [Entry]

    public init(title: String, notes: [String] = [], entries: [Entry]) {
        self.title = title
        self.notes = notes
        self.entries = entries
    }

    /// The complete HTML document.
    public var html: String {
        let failures = entries.filter { !$0.passed }
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(escape(title))</title>
            <style>
            body { font-family: sans-serif; margin: 1.5em; }
            .row { display: flex; gap: 1em; align-items: flex-start; }
            figure { margin: 0; } figcaption { font-weight: bold; }
            img { max-width: 32vw; border: 1px solid #ccc; image-rendering: pixelated; }
            pre { background: #f4f4f4; padding: .5em; white-space: pre-wrap; }
            .fail { color: #b00020; } .pass { color: #1b5e20; }
            </style></head><body>
            <h1>\(escape(title))</h1>
            <p>\(failures.count) of \(entries.count) comparisons failed.</p>

            """
        for note in notes { out += "<p>\(escape(note))</p>\n" }
        for entry in failures {
            out +=
                "<section><h2 class=\"fail\">\(escape(entry.title))</h2>\n<p>\(escape(entry.summary))</p>\n<div class=\"row\">\n"
            for (caption, path) in [
                ("expected", entry.expectedImage), ("actual", entry.actualImage), ("diff", entry.diffImage),
            ] {
                guard let path else { continue }
                out +=
                    "<figure><figcaption>\(caption)</figcaption><a href=\"\(escape(path))\"><img src=\"\(escape(path))\" alt=\"\(caption)\"></a></figure>\n"
            }
            out += "</div>\n"
            if let json = entry.reportJSON { out += "<p><a href=\"\(escape(json))\">report.json</a></p>\n" }
            if let command = entry.acceptCommand {
                out += "<p>If the change is intended, accept the new image:</p><pre>\(escape(command))</pre>\n"
            }
            out += "</section>\n"
        }
        let passes = entries.filter(\.passed)
        if !passes.isEmpty {
            out += "<h2 class=\"pass\">Passed</h2>\n<ul>\n"
            for entry in passes { out += "<li>\(escape(entry.title)): \(escape(entry.summary))</li>\n" }
            out += "</ul>\n"
        }
        return out + "</body></html>\n"
    }

    private func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
