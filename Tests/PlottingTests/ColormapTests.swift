import Testing
@testable import Plotting

/// The 8-bit hex of a colour, rounded like matplotlib's `to_hex`.
private func hex(_ c: Color) -> UInt32 {
    func byte(_ v: Double) -> UInt32 { UInt32((v * 255).rounded()) }
    return byte(c.red) << 16 | byte(c.green) << 8 | byte(c.blue)
}

@Suite struct ColormapTests {
    @Test func viridisHasMatplotlibsEndpointsAndSize() {
        #expect(Colormap.viridis.colors.count == 256)
        #expect(hex(Colormap.viridis.color(at: 0)) == 0x440154)
        #expect(hex(Colormap.viridis.color(at: 1)) == 0xfde725)
        // matplotlib: viridis(0.5) == #21918c (entry 128 of 256).
        #expect(hex(Colormap.viridis.colors[128]) == 0x21918c)
    }

    @Test func interpolatesBetweenNeighbouringEntries() {
        let map = Colormap.viridis
        let t = 0.5 / 255   // halfway between entries 0 and 1
        let mid = map.color(at: t), a = map.colors[0], b = map.colors[1]
        #expect(abs(mid.red - (a.red + b.red) / 2) < 1e-12)
        #expect(abs(mid.green - (a.green + b.green) / 2) < 1e-12)
        #expect(abs(mid.blue - (a.blue + b.blue) / 2) < 1e-12)
    }

    @Test func clampsOutOfRangeAndMarksNaNAsClear() {
        let map = Colormap.viridis
        #expect(map.color(at: -3) == map.colors[0])
        #expect(map.color(at: 7) == map.colors[255])
        #expect(map.color(at: .nan) == .clear)
        #expect(map.color(for: 5, in: 0...10) == map.color(at: 0.5))
        #expect(map.color(for: 2, in: 2...2) == map.color(at: 0.5))
        #expect(map.color(for: .infinity, in: 0...1) == .clear)
    }

    @Test func customMapsAreCheckedAndReversible() throws {
        #expect(throws: PlotError.self) { try Colormap(name: "one", colors: [.black]) }
        #expect(throws: PlotError.self) { try Colormap(name: "bad", colors: [.black, Color(red: 2, green: 0, blue: 0)]) }
        let grey = try Colormap(name: "grey", colors: [.black, .white])
        #expect(grey.color(at: 0.25) == Color(red: 0.25, green: 0.25, blue: 0.25))
        #expect(grey.reversed.color(at: 0.25) == Color(red: 0.75, green: 0.75, blue: 0.75))
        #expect(grey.reversed.name == "grey_r")
    }
}
