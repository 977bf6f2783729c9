import Core

/// The report's tables of the chapter's numbers: every printed result beside dlplot's computation
/// (`ChapterNumbers`), and the numerical derivatives beside the analytic ones.
enum ChapterNumbersSection {
    /// The `<section id="numbers">` element.
    static func html() throws -> String {
        var s = """
        <section id="numbers">
        <h2>본문의 수치 <span class="en">— the chapter’s numbers</span></h2>
        <p>책에 인쇄된 값과 dlplot이 계산한 값 (float64 전체 자릿수). <span class="en">What the book prints beside what dlplot computes, with every float64 digit.</span></p>

        """
        s += printedTable()
        s += try derivativeTable()
        s += "</section>\n"
        return s
    }

    /// Section by section: what is computed, the printed value, dlplot's value, and whether they agree.
    static func printedTable() -> String {
        var rows = ""
        for number in ChapterNumbers.all {
            let check = number.evaluate()
            let verdict = check.matches ? "✓ \(number.precision.summary)" : "✗ differs"
            rows += "<tr><td>\(HTML.escape(number.section))</td><td>\(HTML.escape(number.description))"
            if let note = number.note { rows += "<br><small>\(HTML.escape(note))</small>" }
            let numberClass = number.printed.contains("[") ? "num array" : "num"
            rows += "</td><td class=\"\(numberClass)\">\(HTML.escape(number.printed))</td>"
            rows += "<td class=\"\(numberClass)\">\(HTML.escape(check.computedText))</td><td>\(HTML.escape(verdict))</td></tr>\n"
        }
        return """
        <h3>책에 인쇄된 결과 <span class="en">— printed results</span></h3>
        <div class="table-wrap"><table>
        <thead><tr><th>절<br><span class="en">§</span></th><th>계산 <span class="en">(computation)</span></th><th>책 <span class="en">(book)</span></th><th>dlplot</th><th>일치 <span class="en">(agreement)</span></th></tr></thead>
        <tbody>
        \(rows)</tbody>
        </table></div>

        """
    }

    /// The analytic derivative of function_1, 0.02x + 0.1, written as (2x + 10) / 100 so that the one division
    /// rounds correctly (0.02 · 10 + 0.1 would give 0.30000000000000004).
    static func function1Slope(_ x: Double) -> Double { (2 * x + 10) / 100 }

    /// Numerical (central difference, h = 1e-4) against analytic derivatives at the book's points.
    static func derivativeTable() throws -> String {
        let cases: [(what: String, numerical: Double, analytic: Double)] = [
            ("f(x) = 0.01x² + 0.1x, df/dx at x = 5", try numericalDerivative(of: ChapterFunctions.function1, at: 5), function1Slope(5)),
            ("f(x) = 0.01x² + 0.1x, df/dx at x = 10", try numericalDerivative(of: ChapterFunctions.function1, at: 10), function1Slope(10)),
            ("f(x0, x1) = x0² + x1², ∂f/∂x0 at (3, 4)",
             try partialDerivative(of: ChapterFunctions.function2, at: [3, 4], coordinate: 0), 2 * 3),
            ("f(x0, x1) = x0² + x1², ∂f/∂x1 at (3, 4)",
             try partialDerivative(of: ChapterFunctions.function2, at: [3, 4], coordinate: 1), 2 * 4),
        ]
        var rows = ""
        for c in cases {
            rows += "<tr><td>\(HTML.escape(c.what))</td><td class=\"num\">\(c.numerical)</td><td class=\"num\">\(c.analytic)</td>"
            rows += "<td class=\"num\">\(HTML.escape(scientific(c.numerical - c.analytic)))</td></tr>\n"
        }
        return """
        <h3>수치 미분과 해석적 미분 <span class="en">— numerical vs analytic derivatives</span></h3>
        <div class="table-wrap"><table>
        <thead><tr><th>미분 <span class="en">(derivative)</span></th><th>수치 미분 <span class="en">(numerical, h = 1e-4)</span></th><th>해석적 <span class="en">(analytic)</span></th><th>차이 <span class="en">(difference)</span></th></tr></thead>
        <tbody>
        \(rows)</tbody>
        </table></div>

        """
    }

    /// A difference as "-9.1e-13" (two significant digits).
    static func scientific(_ value: Double) -> String {
        guard value != 0, value.isFinite else { return "\(value)" }
        var exponent = 0
        var mantissa = abs(value)
        while mantissa >= 10 { mantissa /= 10; exponent += 1 }
        while mantissa < 1 { mantissa *= 10; exponent -= 1 }
        let rounded = (mantissa * 10).rounded() / 10
        return "\(value < 0 ? "-" : "")\(rounded)e\(exponent)"
    }
}
