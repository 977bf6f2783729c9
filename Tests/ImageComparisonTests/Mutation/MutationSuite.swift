import ImageComparison

/// A pair of PNGs a correct golden check must call different (or refuse): the golden, and a mutant of it.
struct Mutant: Sendable {
    /// The mutation operator's name.
    var name: String
    /// The golden PNG bytes.
    var expected: [UInt8]
    /// The mutated PNG bytes.
    var actual: [UInt8]
}

/// What the check did with one mutant.
struct MutationOutcome: Sendable {
    var name: String
    /// The check refused the mutant (different, size mismatch, or an error); a pass means it survived.
    var killed: Bool
    /// The check's one-line account.
    var detail: String
}

/// Runs mutants through a `PNGCheck` and reports which were killed.
enum MutationSuite {
    /// Checks every mutant exactly (no tolerance), as the golden test does for a figure without one.
    static func run(_ mutants: [Mutant], check: PNGCheck) -> [MutationOutcome] {
        mutants.map { mutant in
            let outcome = check.run(
                expected: mutant.expected, expectedName: "golden of \(mutant.name)",
                actual: mutant.actual, actualName: "mutant \(mutant.name)", tolerance: nil)
            return MutationOutcome(name: mutant.name, killed: !outcome.passes, detail: outcome.summary)
        }
    }

    /// The share of mutants killed, 0...1 (1 for no mutants would hide a broken suite, so that is 0).
    static func killRate(_ outcomes: [MutationOutcome]) -> Double {
        outcomes.isEmpty ? 0 : Double(outcomes.filter(\.killed).count) / Double(outcomes.count)
    }

    /// A plain-text table: operator → killed, with the check's account.
    static func table(_ outcomes: [MutationOutcome], title: String) -> String {
        let width = outcomes.map(\.name.count).max() ?? 8
        var lines = ["\(title): \(outcomes.filter(\.killed).count)/\(outcomes.count) killed"]
        for o in outcomes {
            let pad = String(repeating: " ", count: width - o.name.count)
            lines.append("  \(o.name)\(pad)  \(o.killed ? "killed  " : "SURVIVED")  \(o.detail)")
        }
        return lines.joined(separator: "\n")
    }
}

/// A comparator that always answers "identical": the suite must catch it.
struct AlwaysEqualComparator: ImageComparing {
    func compare(expected: RGBAImage, actual: RGBAImage, tolerance: FuzzyTolerance?) -> ComparisonResult {
        let size = ImageSize(width: expected.width, height: expected.height)
        return ComparisonResult(
            expectedSize: size, actualSize: size, maxDifference: 0, differingPixels: 0,
            worstTile: nil, tolerance: tolerance, verdict: .identical, reasons: [])
    }
}
