/// One figure's `<section>` on the report page: its heading, the still figure (linked to its full-size file)
/// with its animation beside it when it has one, the captions in both languages, the book reference, the
/// command that redraws it and links to its files.
enum FigureSection {
    /// The section for `entry`, showing `<id>.<image>` (nil: no picture) and linking each of `formats`.
    static func html(_ entry: ReportEntry, image: String?, formats: [String]) -> String {
        let f = entry.figure
        let id = HTML.escape(f.id)
        var s = "<section id=\"\(id)\">\n"
        s +=
            "<h2><span class=\"ref\">\(HTML.escape(f.book.label(.ko)))</span>\(HTML.escape(f.summary.ko)) <span class=\"en\" lang=\"en\">\(HTML.escape(f.summary.en))</span></h2>\n"
        // With an animation beside it, the pair may take more than the text's width (as wide as the window).
        s += "<figure>\n<div class=\"views\(entry.animations.isEmpty ? "" : " wide")\">\n"
        if let image {
            // The PNG is the full-size picture (its pixels at 100 %); the page shows the SVG scaled to fit.
            let full = formats.contains("png") ? "png" : image
            s += "<a class=\"still\" href=\"\(id).\(HTML.escape(full))\">"
            s +=
                "<img src=\"\(id).\(HTML.escape(image))\" alt=\"\(HTML.escape(altText(f.summary)))\"\(size(entry))></a>\n"
        }
        s += animation(entry)
        s +=
            "</div>\n<figcaption>\n<p lang=\"ko\">\(HTML.escape(f.caption.ko))</p>\n<p lang=\"en\" class=\"en\">\(HTML.escape(f.caption.en))</p>\n</figcaption>\n</figure>\n"
        for warning in entry.warnings {
            s += "<p class=\"warning\" lang=\"en\">\(HTML.escape(warning))</p>\n"
        }
        s +=
            "<p>책 <span class=\"en\" lang=\"en\">(book)</span>: \(HTML.escape(f.book.label(.ko))) · <span lang=\"en\">\(HTML.escape(f.book.label(.en)))</span></p>\n"
        s += "<pre><code>\(HTML.escape(FigureCommandLine.text(for: f, outputName: "\(f.id).png")))</code></pre>\n"
        s += "<p class=\"files\">"
        s += formats.map { "<a href=\"\(id).\(HTML.escape($0))\">\(HTML.escape($0.uppercased()))</a>" }.joined(
            separator: " ")
        s += "</p>\n</section>\n"
        return s
    }

    /// The alt text of a figure: what it shows, in Korean then English.
    static func altText(_ summary: LocalizedText) -> String { "\(summary.ko) — \(summary.en)" }

    /// ` width="…" height="…" loading="lazy"` for a picture of the entry's size.
    private static func size(_ entry: ReportEntry) -> String {
        " width=\"\(entry.pixelWidth)\" height=\"\(entry.pixelHeight)\" loading=\"lazy\""
    }

    /// The animation beside the still: the first GIF or WebP of `entry.animations` shown (linked to the player
    /// when there is one), then a line of links: the player, then every file by its format.
    static func animation(_ entry: ReportEntry) -> String {
        let files = entry.animations
        guard !files.isEmpty else { return "" }
        let player = files.first { fileExtension($0) == "html" || fileExtension($0) == "htm" }
        let picture = files.first { ["gif", "webp"].contains(fileExtension($0)) }
        var s = "<div class=\"animation\">\n"
        if let picture {
            let summary = entry.figure.summary
            let alt = "애니메이션: \(summary.ko) — animation: \(summary.en)"
            s += "<a href=\"\(HTML.escape(player ?? picture))\">"
            let frame = entry.animationPixelSize ?? (entry.pixelWidth, entry.pixelHeight)
            s += "<img src=\"\(HTML.escape(picture))\" alt=\"\(HTML.escape(alt))\""
            s += " width=\"\(frame.width)\" height=\"\(frame.height)\" loading=\"lazy\"></a>\n"
        }
        var links: [String] = []
        if let player {
            links.append("<a href=\"\(HTML.escape(player))\">플레이어 <span class=\"en\" lang=\"en\">(player)</span></a>")
        }
        for file in files where file != player {
            links.append("<a href=\"\(HTML.escape(file))\">\(HTML.escape(fileExtension(file).uppercased()))</a>")
        }
        s += "<p class=\"files\">애니메이션 <span class=\"en\" lang=\"en\">(animation)</span>: "
        s += links.joined(separator: " ") + "</p>\n</div>\n"
        return s
    }

    /// The lower-cased extension of a file name ("" when it has none).
    private static func fileExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
