extension Colormap {
    /// matplotlib's gray: black to white.
    public static let gray = Colormap(unchecked: "gray", colors: [.black, .white])
    /// matplotlib's Greys: white to black.
    public static let greys = Colormap(unchecked: "Greys", colors: [.white, .black])

    /// The built-in maps by name, as matplotlib names them, each also reversed (with the suffix "_r").
    public static let builtIn: [Colormap] = [.viridis, .coolwarm, .gray, .greys].flatMap { [$0, $0.reversed] }

    /// The built-in map called `name` ("viridis", "coolwarm", "gray", "Greys", or one of them reversed with an
    /// "_r" suffix: "viridis_r").
    /// - Throws: `PlotError` naming the unknown name and the known ones.
    public static func named(_ name: String) throws -> Colormap {
        if let map = builtIn.first(where: { $0.name == name }) { return map }
        throw PlotError(
            "Colormap: no colour map named '\(name)'; known: \(builtIn.map(\.name).joined(separator: ", "))")
    }
}
