/// The names of a data set's classes, for the figures of what the net learned.
public enum ClassNames {
    /// Fashion-MNIST's ten classes in label order (Xiao, Rasul and Vollgraf, 2017).
    public static let fashionMNIST = [
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
    ]

    /// Fashion-MNIST's names when the data set's name says Fashion-MNIST and it has ten classes; else the
    /// labels themselves, "0", "1", … (MNIST's digits).
    public static func forDataset(named name: String, classes: Int) -> [String] {
        let folded = name.lowercased().filter { $0.isLetter }
        if folded.contains("fashion"), classes == fashionMNIST.count { return fashionMNIST }
        return (0..<max(classes, 0)).map { "\($0)" }
    }
}
