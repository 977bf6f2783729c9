/// The string categories a mark places at 0, 1, 2, … along one axis, which become that axis's ticks.
public struct CategoryAxis: Hashable, Sendable {
    /// The names, in axis order.
    public var names: [String]
    /// Whether the categories run along x (else along y).
    public var alongX: Bool
    /// Categories `names` along x (`alongX`) or y.
    public init(names: [String], alongX: Bool) {
        self.names = names
        self.alongX = alongX
    }
}

/// A mark drawn over string categories (bars): the axes labels that axis with the category names, at the
/// positions 0, 1, 2, …, unless explicit ticks are given.
public protocol CategoricalMark {
    /// The categories and their axis.
    var categoryAxis: CategoryAxis { get }
}

/// Checks shared by categorical marks and by the axes holding them.
enum CategoryValidation {
    /// Throws for no categories, more than `BarMark.maximumCategories`, or a name given twice.
    static func check(_ mark: String, categories: [String]) throws {
        guard !categories.isEmpty else { throw PlotError("\(mark): there are no categories; give at least one") }
        guard categories.count <= BarMark.maximumCategories else {
            throw PlotError(
                "\(mark): \(categories.count) categories; at most \(BarMark.maximumCategories) are allowed (their labels could not be read)"
            )
        }
        var seen = Set<String>()
        for name in categories {
            guard seen.insert(name).inserted else {
                throw PlotError("\(mark): category '\(name)' is given twice; each category must be distinct")
            }
        }
    }

    /// Throws when two marks put different categories on the same axis.
    static func checkConsistent(_ marks: [any Mark]) throws {
        var first: [Bool: [String]] = [:]
        for case let mark as CategoricalMark in marks {
            let axis = mark.categoryAxis
            if let names = first[axis.alongX], names != axis.names {
                throw PlotError(
                    "Axes: the marks on the \(axis.alongX ? "x" : "y") axis have different categories (\(names.prefix(3).joined(separator: ", ")), … and \(axis.names.prefix(3).joined(separator: ", ")), …); give every mark the same categories in the same order"
                )
            }
            first[axis.alongX] = axis.names
        }
    }
}
