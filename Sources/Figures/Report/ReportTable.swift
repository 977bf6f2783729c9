/// A table of the report: a header row and rows of cells, each cell labelled with its column so that on a
/// narrow screen the CSS can show every row as a small card ("label: value").
struct ReportTable {
    /// One cell: its HTML (already escaped), an optional class and the language of its text when it is not the
    /// page's (Korean): `"en"` for the English descriptions and results.
    struct Cell {
        let html: String
        let cssClass: String?
        let language: String?
        /// A cell of plain text, escaped.
        init(text: String, cssClass: String? = nil, language: String? = nil) {
            self.init(html: HTML.escape(text), cssClass: cssClass, language: language)
        }
        /// A cell of HTML the caller has escaped.
        init(html: String, cssClass: String? = nil, language: String? = nil) {
            self.html = html
            self.cssClass = cssClass
            self.language = language
        }
    }

    /// Column headers in Korean and English.
    let headers: [LocalizedText]
    var rows: [[Cell]] = []

    /// The `<div class="table-wrap"><table class="cards">…` element.
    var html: String {
        var s = "<div class=\"table-wrap\"><table class=\"cards\">\n<thead><tr>"
        for header in headers {
            s +=
                header.ko == header.en
                ? "<th>\(HTML.escape(header.ko))</th>"
                : "<th>\(HTML.escape(header.ko)) <span class=\"en\" lang=\"en\">(\(HTML.escape(header.en)))</span></th>"
        }
        s += "</tr></thead>\n<tbody>\n"
        for row in rows {
            s += "<tr>"
            for (cell, header) in zip(row, headers) {
                let label = header.ko == header.en ? header.ko : "\(header.ko) (\(header.en))"
                let cssClass = cell.cssClass.map { " class=\"\($0)\"" } ?? ""
                let language = cell.language.map { " lang=\"\($0)\"" } ?? ""
                s += "<td\(cssClass)\(language) data-label=\"\(HTML.escape(label))\">\(cell.html)</td>"
            }
            s += "</tr>\n"
        }
        return s + "</tbody>\n</table></div>\n"
    }
}
