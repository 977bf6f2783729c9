import Plotting

/// The colours and line looks of the book's scripts (matplotlib defaults plus the few styles they set).
enum BookStyle {
    /// matplotlib's colour cycle, C0 … C9.
    static let cycle = Theme.matplotlib.colorCycle
    /// C0, the default line colour (blue).
    static var blue: Color { cycle[0] }
    /// C1 (orange).
    static var orange: Color { cycle[1] }
    /// C2 (green).
    static var green: Color { cycle[2] }
    /// C3 (red).
    static var red: Color { cycle[3] }
    /// The arrows of figure 4-9: `color="#666666"`.
    static let arrowGrey = Color(hex: 0x666666)
    /// matplotlib's 'b' (pure blue), the dashed axes of figure 4-10 (`'--b'`).
    static let pureBlue = Color(hex: 0x0000ff)
    /// The dashed contour circles behind the descent path of figure 4-10.
    static let contourGrey = Color(hex: 0x999999)
    /// Black, for `'k--'`.
    static let black = Color.black
}
