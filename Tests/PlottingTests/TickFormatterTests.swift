import Testing

@testable import Plotting

@Suite struct TickFormatterTests {
    let formatter = TickFormatter()
    let minus = "\u{2212}"

    @Test func fewestDecimalsThatTellTicksApart() {
        #expect(
            formatter.labels(for: [0, 0.2, 0.4, 0.6, 0.8, 1], view: (0, 1)).labels == [
                "0.0", "0.2", "0.4", "0.6", "0.8", "1.0",
            ])
        #expect(formatter.labels(for: [0, 5, 10, 15, 20], view: (0, 20)).labels == ["0", "5", "10", "15", "20"])
        #expect(formatter.labels(for: [0, 2.5, 5, 7.5], view: (0, 8)).labels == ["0.0", "2.5", "5.0", "7.5"])
        #expect(formatter.labels(for: [0.25, 0.5, 0.75], view: (0.2, 0.8)).labels == ["0.25", "0.50", "0.75"])
    }

    @Test func trueMinusSign() {
        let labels = formatter.labels(for: [-4, -2, 0, 2, 4], view: (-5, 5)).labels
        #expect(labels == ["\(minus)4", "\(minus)2", "0", "2", "4"])
        #expect(!labels.joined().contains("-"))
    }

    @Test func largeValuesGetAMultiplier() {
        let l = formatter.labels(for: [0, 2e6, 4e6], view: (0, 4e6))
        #expect(l.labels == ["0", "2", "4"])
        #expect(l.offsetText == "1e6")
        let huge = formatter.labels(for: [1e300, 2e300, 3e300], view: (1e300, 3e300))
        #expect(huge.offsetText == "1e300")
        #expect(huge.labels == ["1", "2", "3"])
        let tiny = formatter.labels(for: [1e-7, 2e-7], view: (0, 3e-7))
        #expect(tiny.offsetText == "1e\(minus)7")
    }

    @Test func valuesFarFromZeroGetAnOffset() {
        let l = formatter.labels(for: [100000, 100002, 100004], view: (100000, 100004))
        #expect(l.offsetText == "+1e5")
        #expect(l.labels == ["0", "2", "4"])
    }

    @Test func nonFiniteTicksGiveEmptyLabels() {
        #expect(formatter.labels(for: [.nan], view: (0, 1)).labels == [""])
        #expect(formatter.labels(for: [], view: (0, 1)).labels == [])
    }
}
