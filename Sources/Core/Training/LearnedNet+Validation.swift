/// The checks a `learned` section read from a file must pass before a figure draws it: every size agrees with
/// the series that holds it, every count, class and index is in range, and every value is finite.
extension LearnedNet {
    /// Nil when the record is consistent with `series`; else what is wrong, as one phrase naming the value and
    /// what is allowed.
    public func problem(in series: TrainingSeries) -> String? {
        let shape = parameters.shape
        let classes = shape.output
        let testCount = series.dataset.testCount
        guard testCount >= 0 else { return "the series has \(testCount) test examples" }
        if shape.hidden != series.settings.hiddenSize {
            return "\(shape.hidden) hidden units, but the settings say \(series.settings.hiddenSize)"
        }
        if classNames.count != classes {
            return "\(classNames.count) class names for \(classes) classes"
        }
        if let name = classNames.first(where: { $0.isEmpty || $0.count > Self.maximumClassNameLength }) {
            return "class name \"\(name.prefix(Self.maximumClassNameLength))…\" must have 1 to "
                + "\(Self.maximumClassNameLength) characters"
        }
        if imageRows < 1 || imageColumns < 1 || Saturating.multiply(imageRows, imageColumns) != shape.input {
            return "images of \(imageRows) × \(imageColumns) pixels for \(shape.input) inputs"
        }
        if !parameters.isFinite { return "a weight or bias is not finite" }
        if let problem = confusionProblem(classes: classes, testCount: testCount) { return problem }
        return misclassifiedProblem(classes: classes, testCount: testCount)
    }

    private func confusionProblem(classes: Int, testCount: Int) -> String? {
        guard confusion.classes == classes, confusion.counts.allSatisfy({ $0.count == classes }) else {
            return "the confusion matrix is not \(classes) × \(classes)"
        }
        if let count = confusion.counts.joined().first(where: { !(0...testCount).contains($0) }) {
            return "confusion count \(count) is outside 0...\(testCount) (the test examples)"
        }
        guard confusion.total == testCount else {
            return "the confusion matrix counts \(confusion.total) examples, but the test set has \(testCount)"
        }
        return nil
    }

    private func misclassifiedProblem(classes: Int, testCount: Int) -> String? {
        guard misclassified.count <= Self.maximumMisclassified else {
            return "\(misclassified.count) misclassified examples; at most \(Self.maximumMisclassified) are recorded"
        }
        guard misclassified.count <= testCount - confusion.correct else {
            return "\(misclassified.count) misclassified examples, but the confusion matrix has "
                + "\(testCount - confusion.correct)"
        }
        var previous = -1
        for example in misclassified {
            guard example.index > previous, example.index < testCount else {
                return "misclassified index \(example.index) is out of order or outside 0..<\(testCount)"
            }
            previous = example.index
            guard (0..<classes).contains(example.label), (0..<classes).contains(example.predicted),
                example.label != example.predicted
            else {
                return "misclassified example \(example.index): classes \(example.label) and \(example.predicted) "
                    + "must differ and be in 0..<\(classes)"
            }
            guard example.probability.isFinite, (0...1).contains(example.probability) else {
                return "misclassified example \(example.index): probability \(example.probability) is outside 0...1"
            }
            guard example.pixels.count == parameters.shape.input else {
                return "misclassified example \(example.index) has \(example.pixels.count) pixels, "
                    + "not \(parameters.shape.input)"
            }
        }
        return nil
    }
}
