import Core

/// The report's tables of the chapter's numbers: every printed result beside dlplot's computation
/// (`ChapterNumbers`), and the numerical derivatives beside the analytic ones.
enum ChapterNumbersSection {
    /// The `<section id="numbers">` element.
    static func html() throws -> String {
        var s = """
            <section id="numbers">
            <h2>본문의 수치 <span class="en" lang="en">— the chapter’s numbers</span></h2>
            <p>책에 인쇄된 값과 dlplot이 계산한 값 (float64 전체 자릿수). <span class="en" lang="en">What the book prints beside what dlplot computes, with every float64 digit.</span></p>

            """
        s += printedTable()
        s += try derivativeTable()
        s += "</section>\n"
        return s
    }

    /// Section by section: what is computed, the printed value, dlplot's value, and whether they agree.
    static func printedTable() -> String {
        var table = ReportTable(headers: [
            LocalizedText(ko: "절", en: "§"), LocalizedText(ko: "계산", en: "computation"),
            LocalizedText(ko: "책", en: "book"),
            LocalizedText("dlplot"), LocalizedText(ko: "일치", en: "agreement"),
        ])
        for number in ChapterNumbers.all {
            let check = number.evaluate()
            let numberClass = number.printed.contains("[") ? "num array" : "num"
            var what = HTML.escape(number.description)
            if let note = number.note { what += "<br><small>\(HTML.escape(note))</small>" }
            table.rows.append([
                .init(text: number.section), .init(html: what, language: "en"),
                .init(text: number.printed, cssClass: numberClass),
                .init(text: check.computedText, cssClass: numberClass),
                .init(text: check.matches ? "✓ \(number.precision.summary)" : "✗ differs", language: "en"),
            ])
        }
        return "<h3>책에 인쇄된 결과 <span class=\"en\" lang=\"en\">— printed results</span></h3>\n" + table.html
    }

    /// The analytic derivative of function_1, 0.02x + 0.1, written as (2x + 10) / 100 so that the one division
    /// rounds correctly (0.02 · 10 + 0.1 would give 0.30000000000000004).
    static func function1Slope(_ x: Double) -> Double { (2 * x + 10) / 100 }

    /// Numerical (central difference, h = 1e-4) against analytic derivatives at the book's points.
    static func derivativeTable() throws -> String {
        let cases: [(what: String, numerical: Double, analytic: Double)] = [
            (
                "f(x) = 0.01x² + 0.1x, df/dx at x = 5", try numericalDerivative(of: ChapterFunctions.function1, at: 5),
                function1Slope(5)
            ),
            (
                "f(x) = 0.01x² + 0.1x, df/dx at x = 10",
                try numericalDerivative(of: ChapterFunctions.function1, at: 10), function1Slope(10)
            ),
            (
                "f(x0, x1) = x0² + x1², ∂f/∂x0 at (3, 4)",
                try partialDerivative(of: ChapterFunctions.function2, at: [3, 4], coordinate: 0), 2 * 3
            ),
            (
                "f(x0, x1) = x0² + x1², ∂f/∂x1 at (3, 4)",
                try partialDerivative(of: ChapterFunctions.function2, at: [3, 4], coordinate: 1), 2 * 4
            ),
        ]
        var table = ReportTable(headers: [
            LocalizedText(ko: "미분", en: "derivative"), LocalizedText(ko: "수치 미분", en: "numerical, h = 1e-4"),
            LocalizedText(ko: "해석적 미분", en: "analytic"), LocalizedText(ko: "차이", en: "difference"),
        ])
        for c in cases {
            table.rows.append([
                .init(text: c.what, language: "en"), .init(text: "\(c.numerical)", cssClass: "num"),
                .init(text: "\(c.analytic)", cssClass: "num"),
                .init(text: scientific(c.numerical - c.analytic), cssClass: "num"),
            ])
        }
        return "<h3>수치 미분과 해석적 미분 <span class=\"en\" lang=\"en\">— numerical vs analytic derivatives</span></h3>\n"
            + table.html
    }

    /// A difference as "-9.1e-13" (two significant digits).
    static func scientific(_ value: Double) -> String {
        guard value != 0, value.isFinite else { return "\(value)" }
        var exponent = 0
        var mantissa = abs(value)
        while mantissa >= 10 {
            mantissa /= 10
            exponent += 1
        }
        while mantissa < 1 {
            mantissa *= 10
            exponent -= 1
        }
        let rounded = (mantissa * 10).rounded() / 10
        return "\(value < 0 ? "-" : "")\(rounded)e\(exponent)"
    }
}
