import Foundation
import Testing

@testable import Core

/// A `learned` section read from a user's file (`--series`, `DLPLOT_TRAINING_SERIES`) is checked before anything
/// draws it: each malformed one is a one-line error naming what is wrong.
@Suite("Learned sections, validated when read")
struct LearnedSectionValidationTests {
    /// A good series as a JSON object: one update, so most of the 20 test images are misclassified.
    static func good() throws -> [String: Any] {
        let bytes = try LearnedNetTests.train(iterations: 1).0.jsonBytes()
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    static func base64(_ values: [Float]) -> String { LearnedNet.base64(values) }

    /// Changes to the learned section, each with a phrase its error must contain.
    static let cases: [(change: @Sendable (inout [String: Any]) -> Void, says: String)] = [
        ({ $0["encoding"] = "float16" }, "parameter encoding \"float16\""),
        ({ $0["W1"] = "%%%" }, "bad value at learned.W1: not 96 Float32 values"),
        ({ $0["W1"] = base64([Float](repeating: 0.5, count: 95)) }, "not 96 Float32 values"),
        ({ $0["b2"] = base64([Float](repeating: .nan, count: 10)) }, "a weight or bias is not finite"),
        ({ $0["shape"] = ["input": 16, "hidden": 0, "output": 10] }, "layer sizes 16, 0, 10"),
        ({ $0["shape"] = ["input": 16, "hidden": -6, "output": 10] }, "layer sizes 16, -6, 10"),
        ({ $0["imageRows"] = 8 }, "images of 8 × 4 pixels for 16 inputs"),
        ({ $0["imageColumns"] = Int.max }, "for 16 inputs"),
        ({ $0["classNames"] = ["a", "b"] }, "2 class names for 10 classes"),
        ({ $0["classNames"] = Array(repeating: "", count: 10) }, "must have 1 to 64 characters"),
        ({ $0["confusion"] = Array(repeating: Array(repeating: 0, count: 9), count: 10) }, "is not 10 × 10"),
        (
            {
                $0["confusion"] =
                    [[-1] + Array(repeating: 0, count: 9)] + Array(repeating: Array(repeating: 0, count: 10), count: 9)
            },
            "confusion count -1 is outside 0...20"
        ),
        ({ $0["confusion"] = Array(repeating: Array(repeating: 0, count: 10), count: 10) }, "counts 0 examples, but"),
        ({ $0["confusion"] = Array(repeating: Array(repeating: Int.max, count: 10), count: 10) }, "is outside 0...20"),
        ({ $0["misclassified"] = Array(repeating: misclassified(index: 0), count: 25) }, "at most 24"),
        ({ $0["misclassified"] = [misclassified(index: 20)] }, "index 20 is out of order or outside 0..<20"),
        ({ $0["misclassified"] = [misclassified(index: 3), misclassified(index: 3)] }, "index 3 is out of order"),
        ({ $0["misclassified"] = [misclassified(index: 0, predicted: 1, label: 1)] }, "must differ"),
        ({ $0["misclassified"] = [misclassified(index: 0, predicted: 10)] }, "must differ and be in 0..<10"),
        ({ $0["misclassified"] = [misclassified(index: 0, probability: 1.5)] }, "probability 1.5 is outside 0...1"),
        ({ $0["misclassified"] = [misclassified(index: 0, pixels: "AAAA")] }, "has 3 pixels, not 16"),
        ({ $0["misclassified"] = [misclassified(index: 0, pixels: "@@")] }, "the pixels are not base64"),
        ({ $0["misclassified"] = 5 }, "wrong value at learned.misclassified"),
        ({ $0["W2"] = nil }, "missing field \"W2\""),
    ]

    static func misclassified(
        index: Int, predicted: Int = 2, label: Int = 1, probability: Double = 0.5,
        pixels: String = Data(count: 16).base64EncodedString()
    ) -> [String: Any] {
        ["index": index, "label": label, "predicted": predicted, "probability": probability, "pixels": pixels]
    }

    @Test("the unchanged section loads")
    func goodSectionLoads() throws {
        let bytes = try JSONSerialization.data(withJSONObject: Self.good())
        #expect(try TrainingSeries.decode(jsonBytes: Array(bytes), path: "s.json").learned != nil)
    }

    @Test(arguments: 0..<cases.count)
    func malformedSectionIsOneLineError(index: Int) throws {
        var object = try Self.good()
        var learned = try #require(object["learned"] as? [String: Any])
        Self.cases[index].change(&learned)
        object["learned"] = learned
        let bytes = try JSONSerialization.data(withJSONObject: object)
        do {
            _ = try TrainingSeries.decode(jsonBytes: Array(bytes), path: "s.json")
            Issue.record("case \(index) (\(Self.cases[index].says)) was accepted")
        } catch {
            #expect(error.description.contains(Self.cases[index].says), "\(error.description)")
            #expect(error.description.hasPrefix("s.json: not a dlplot training series: "))
            #expect(!error.description.contains("\n"))
        }
    }
}
