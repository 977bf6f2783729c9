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

    @Test func coolwarmMatchesMatplotlib() {
        // matplotlib 3.11: coolwarm(0) = #3b4cc0, coolwarm(1) = #b40426, and from its 256-entry table
        // coolwarm(0.5) = #dddcdc, coolwarm(0.3) = #9ebeff; interpolation agrees within one level.
        #expect(Colormap.coolwarm.colors.count == 33)
        #expect(hex(Colormap.coolwarm.color(at: 0)) == 0x3b4cc0)
        #expect(hex(Colormap.coolwarm.color(at: 1)) == 0xb40426)
        for (t, want) in [(0.5, 0xdddcdc as UInt32), (0.3, 0x9ebeff)] {
            let got = hex(Colormap.coolwarm.color(at: t))
            for shift: UInt32 in [0, 8, 16] {
                let a = Int((got >> shift) & 0xff), b = Int((want >> shift) & 0xff)
                #expect(
                    abs(a - b) <= 2, "coolwarm(\(t)) = \(String(got, radix: 16)), matplotlib \(String(want, radix: 16))"
                )
            }
        }
    }

    @Test func interpolatesBetweenNeighbouringEntries() {
        let map = Colormap.viridis
        let t = 0.5 / 255  // halfway between entries 0 and 1
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
        #expect(throws: PlotError.self) {
            try Colormap(name: "bad", colors: [.black, Color(red: 2, green: 0, blue: 0)])
        }
        let grey = try Colormap(name: "grey", colors: [.black, .white])
        #expect(grey.color(at: 0.25) == Color(red: 0.25, green: 0.25, blue: 0.25))
        #expect(grey.reversed.color(at: 0.25) == Color(red: 0.75, green: 0.75, blue: 0.75))
        #expect(grey.reversed.name == "grey_r")
    }
}
