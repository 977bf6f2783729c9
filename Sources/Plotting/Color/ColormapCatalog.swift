extension Colormap {
    /// matplotlib's gray: black to white.
    public static let gray = Colormap(unchecked: "gray", colors: [.black, .white])
    /// matplotlib's Greys: white to black.
    public static let greys = Colormap(unchecked: "Greys", colors: [.white, .black])

    /// The built-in maps by name.
    public static let builtIn: [Colormap] = [.viridis, .coolwarm, .gray, .greys]

    /// The built-in map called `name` ("viridis", "coolwarm", "gray", "Greys"), or reversed with an "_r"
    /// suffix ("viridis_r"), as matplotlib names them.
    /// - Throws: `PlotError` naming the unknown name and the known ones.
    public static func named(_ name: String) throws -> Colormap {
        if let map = builtIn.first(where: { $0.name == name }) { return map }
        if name.hasSuffix("_r"), let map = builtIn.first(where: { $0.name + "_r" == name }) { return map.reversed }
        let known = builtIn.map(\.name).joined(separator: ", ")
        throw PlotError("Colormap: unknown name '\(name)'; known: \(known) (each also reversed with '_r')")
    }
}
