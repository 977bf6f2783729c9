import Figures
import Testing

@Suite("Parameters")
struct ParameterTests {
    private func error(_ id: String, _ given: [ParameterName: String]) throws -> String? {
        let figure = try #require(Catalogue.figure(id: id))
        do {
            _ = try ParameterValues(for: figure, given: given)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func defaultsParseForEveryFigure() throws {
        for figure in Catalogue.figures {
            _ = try ParameterValues.defaults(for: figure)
        }
    }

    @Test func givenValuesReplaceDefaults() throws {
        let figure = try #require(Catalogue.figure(id: "tangent"))
        let values = try ParameterValues(for: figure, given: [.at: "1, 2,3", .range: "-1,4"])
        #expect(values.numbers(.at) == [1, 2, 3])
        #expect(values.interval(.range) == (-1, 4))
        #expect(values.number(.step) == 0.1)
        #expect(values.given == [.at, .range])
    }

    @Test func badNumbersNameTheOptionAndTheRule() throws {
        #expect(try error("tangent", [.step: "nan"]) == "--step nan is not allowed: expected a finite number above 0")
        #expect(try error("tangent", [.step: "0"])?.hasPrefix("--step 0 is not allowed") == true)
        #expect(try error("tangent", [.step: "-0.1"])?.hasPrefix("--step -0.1 is not allowed") == true)
        #expect(try error("tangent", [.step: "inf"]) != nil)
        #expect(try error("tangent", [.range: "5,1"])?.contains("lo < hi") == true)
        #expect(try error("tangent", [.range: "1"])?.contains("got 1 value") == true)
        #expect(try error("tangent", [.at: "1,2,3,4,5"])?.contains("got 5 values") == true)
        #expect(try error("tangent", [.at: "1,x"])?.contains("'x' is not a number") == true)
    }

    @Test func expressionErrorsCarryTheCaret() throws {
        let message = try #require(try error("tangent", [.f: "x + y"]))
        #expect(message.hasPrefix("--f: unknown name 'y' at column 5"))
        #expect(message.hasSuffix("  x + y\n      ^"))
    }

    @Test func parametersAFigureDoesNotHaveAreRejected() throws {
        let message = try #require(try error("sigmoid", [.lr: "0.1"]))
        #expect(message == "sigmoid has no option --lr; its options are --range, --step")
    }

    @Test func settingsRejectBadSizes() {
        #expect(throws: ParameterError.self) { try FigureSettings(width: 0) }
        #expect(throws: ParameterError.self) { try FigureSettings(height: -1) }
        #expect(throws: ParameterError.self) { try FigureSettings(width: .nan) }
        #expect(throws: ParameterError.self) { try FigureSettings(dpi: 1e6) }
        #expect((try? FigureSettings(width: 3, height: 2, dpi: 300)) != nil)
    }

    @Test func tooFineSamplingIsRefused() throws {
        let figure = try #require(Catalogue.figure(id: "function-1"))
        #expect(throws: ParameterError.self) {
            _ = try FigureBuilder.build(figure, given: [.step: "1e-9"])
        }
    }
}

@Suite("Gradient-descent parameters")
struct DescentParameterTests {
    private func error(_ id: String, _ given: [ParameterName: String]) throws -> String? {
        let figure = try #require(Catalogue.figure(id: id))
        do {
            _ = try FigureBuilder.build(figure, given: given)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func learningRateMustBePositiveAndFinite() throws {
        for bad in ["nan", "inf", "-inf", "0", "-0.1", "abc", ""] {
            let message = try #require(try error("gradient-descent", [.lr: bad]), "--lr \(bad) accepted")
            #expect(message.hasPrefix("--lr "), "\(message)")
            #expect(message.contains("expected a finite number above 0"))
        }
        #expect(try error("learning-rates", [.lr: "10,nan"])?.contains("each a finite number above 0") == true)
    }

    @Test func stepsMustBeWithinRange() throws {
        #expect(
            try error("gradient-descent", [.steps: "-1"])
                == "--steps -1 is not allowed: expected a whole number from 1 to 1000000")
        #expect(try error("gradient-descent", [.steps: "1000001"]) != nil)
        #expect(try error("gradient-descent", [.steps: "2.5"]) != nil)
        #expect(try error("gradient-descent", [.steps: "99999999999999999999999"]) != nil)
        #expect(try error("gradient-descent", [.steps: "1"]) == nil)
    }

    @Test func initNeedsTwoValues() throws {
        #expect(
            try error("gradient-descent", [.`init`: "-3"])
                == "--init -3 is not allowed: got 1 value; expected 2 comma-separated values, each a number from -1e+100 to 1e+100"
        )
        #expect(try error("gradient-descent", [.`init`: "1,2,3"])?.contains("got 3 values") == true)
        #expect(try error("gradient-descent", [.`init`: "1,2"]) == nil)
    }

    @Test func expressionInTheWrongVariablesIsRefused() throws {
        let message = try #require(try error("gradient-field", [.f: "x^2"]))
        #expect(message.hasPrefix("--f: 'x' at column 1 is not a variable of this figure; its variables are x0, x1"))
    }

    @Test func aDivergingRateDrawsWhatItCanAndWarns() throws {
        let figure = try #require(Catalogue.figure(id: "learning-rates"))
        let output = try FigureBuilder.build(figure, given: [.lr: "1e200,0.1"])
        #expect(output.warnings.count == 1)
        #expect(output.warnings[0].hasPrefix("learning rate 1e+200 diverged"))
        #expect(output.figure.panels.count == 2)
        #expect(output.data.rows.allSatisfy { $0.allSatisfy(\.isFinite) })
        #expect(output.data.rows.contains { $0[0] == 1e200 })
    }

    @Test func descentDataIsTheBookHistory() throws {
        let figure = try #require(Catalogue.figure(id: "gradient-descent"))
        let output = try FigureBuilder.build(figure)
        #expect(output.data.columns == ["after_updates", "x0", "x1"])
        #expect(output.data.rows.count == 21, "x_history: the point before each of the 20 updates, then the final x")
        #expect(output.data.rows[0] == [0, -3, 4])
    }
}
