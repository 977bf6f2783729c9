extension Colormap {
    /// The built-in maps by name, as matplotlib names them (each also reversed, with the suffix "_r").
    public static let builtIn: [Colormap] = [viridis, coolwarm].flatMap { [$0, $0.reversed] }

    /// The built-in map called `name` ("viridis", "coolwarm", "viridis_r", …).
    /// - Throws: `PlotError` naming the unknown name and the known ones.
    public static func named(_ name: String) throws -> Colormap {
        if let map = builtIn.first(where: { $0.name == name }) { return map }
        throw PlotError(
            "Colormap: no colour map named '\(name)'; known: \(builtIn.map(\.name).joined(separator: ", "))")
    }
}
