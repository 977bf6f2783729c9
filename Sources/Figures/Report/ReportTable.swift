/// A table of the report: a header row and rows of cells, each cell labelled with its column so that on a
/// narrow screen the CSS can show every row as a small card ("label: value").
struct ReportTable {
    /// One cell: its HTML (already escaped) and an optional class.
    struct Cell {
        let html: String
        let cssClass: String?
        /// A cell of plain text, escaped.
        init(text: String, cssClass: String? = nil) {
            self.html = HTML.escape(text)
            self.cssClass = cssClass
        }
        /// A cell of HTML the caller has escaped.
        init(html: String, cssClass: String? = nil) {
            self.html = html
            self.cssClass = cssClass
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
                : "<th>\(HTML.escape(header.ko)) <span class=\"en\">(\(HTML.escape(header.en)))</span></th>"
        }
        s += "</tr></thead>\n<tbody>\n"
        for row in rows {
            s += "<tr>"
            for (cell, header) in zip(row, headers) {
                let label = header.ko == header.en ? header.ko : "\(header.ko) (\(header.en))"
                let cssClass = cell.cssClass.map { " class=\"\($0)\"" } ?? ""
                s += "<td\(cssClass) data-label=\"\(HTML.escape(label))\">\(cell.html)</td>"
            }
            s += "</tr>\n"
        }
        return s + "</tbody>\n</table></div>\n"
    }
}
