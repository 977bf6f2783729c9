import Foundation

/// The JSON form of `LearnedNet`: the weights and biases as Float32 little-endian bytes in base64 (W1 is 784 × 50
/// floats: 209 KB of base64 instead of about 400 KB of decimals, and exact), and each misclassified image's pixels
/// as base64 bytes. Reading checks every length against the recorded shape, so a decoded record is consistent;
/// `validate(in:)` then checks it against the rest of the series.
extension LearnedNet: Codable {
    /// How the parameters are stored; the only encoding this version reads.
    public static let parameterEncoding = "float32-le-base64"
    /// The most units a layer read back may have (a 1024 × 1024 image has 2²⁰ inputs).
    static let maximumLayerSize = 1 << 20

    private enum CodingKeys: String, CodingKey {
        case classNames, confusion, shape, encoding, imageRows, imageColumns, misclassified
        case w1 = "W1", b1, w2 = "W2", b2
    }

    /// Reads a learned net from its JSON section, checking the layer sizes (at most 2²⁰ units each) and that
    /// each weight's base64 holds exactly the shape's Float32 values.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let encoding = try container.decode(String.self, forKey: .encoding)
        guard encoding == Self.parameterEncoding else {
            throw DecodingError.dataCorruptedError(
                forKey: .encoding, in: container,
                debugDescription: "parameter encoding \"\(encoding)\", expected \"\(Self.parameterEncoding)\"")
        }
        let shape = try container.decode(NetShape.self, forKey: .shape)
        let limit = Self.maximumLayerSize
        guard [shape.input, shape.hidden, shape.output].allSatisfy({ (1...limit).contains($0) }) else {
            throw DecodingError.dataCorruptedError(
                forKey: .shape, in: container,
                debugDescription:
                    "layer sizes \(shape.input), \(shape.hidden), \(shape.output); each must be in 1...\(limit)")
        }
        func floats(_ key: CodingKeys, count: Int) throws -> [Float] {
            let text = try container.decode(String.self, forKey: key)
            guard let values = Self.floats(base64: text), values.count == count else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container,
                    debugDescription: "not \(count) Float32 values in little-endian base64")
            }
            return values
        }
        parameters = TwoLayerNetParameters(
            shape: shape, w1: try floats(.w1, count: Saturating.multiply(shape.input, shape.hidden)),
            b1: try floats(.b1, count: shape.hidden),
            w2: try floats(.w2, count: Saturating.multiply(shape.hidden, shape.output)),
            b2: try floats(.b2, count: shape.output))
        classNames = try container.decode([String].self, forKey: .classNames)
        confusion = try container.decode(ConfusionMatrix.self, forKey: .confusion)
        imageRows = try container.decode(Int.self, forKey: .imageRows)
        imageColumns = try container.decode(Int.self, forKey: .imageColumns)
        misclassified = try container.decode([MisclassifiedExample].self, forKey: .misclassified)
    }

    /// Writes it as the JSON section reads it back (weights as little-endian Float32 in base64).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(classNames, forKey: .classNames)
        try container.encode(confusion, forKey: .confusion)
        try container.encode(parameters.shape, forKey: .shape)
        try container.encode(Self.parameterEncoding, forKey: .encoding)
        try container.encode(Self.base64(parameters.w1.storage), forKey: .w1)
        try container.encode(Self.base64(parameters.b1), forKey: .b1)
        try container.encode(Self.base64(parameters.w2.storage), forKey: .w2)
        try container.encode(Self.base64(parameters.b2), forKey: .b2)
        try container.encode(imageRows, forKey: .imageRows)
        try container.encode(imageColumns, forKey: .imageColumns)
        try container.encode(misclassified, forKey: .misclassified)
    }

    /// `values` as Float32 little-endian bytes in base64.
    static func base64(_ values: [Float]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * 4)
        for value in values {
            let bits = value.bitPattern
            bytes += [UInt8(truncatingIfNeeded: bits), UInt8(truncatingIfNeeded: bits >> 8)]
            bytes += [UInt8(truncatingIfNeeded: bits >> 16), UInt8(truncatingIfNeeded: bits >> 24)]
        }
        return Data(bytes).base64EncodedString()
    }

    /// The floats of `base64(_:)`, or nil when `text` is not base64 of a whole number of Float32 values.
    static func floats(base64 text: String) -> [Float]? {
        guard let data = Data(base64Encoded: text), data.count % 4 == 0 else { return nil }
        let bytes = [UInt8](data)
        return stride(from: 0, to: bytes.count, by: 4).map { start in
            let bits =
                UInt32(bytes[start]) | UInt32(bytes[start + 1]) << 8 | UInt32(bytes[start + 2]) << 16
                | UInt32(bytes[start + 3]) << 24
            return Float(bitPattern: bits)
        }
    }
}

extension MisclassifiedExample: Codable {
    private enum CodingKeys: String, CodingKey { case index, label, predicted, probability, pixels }

    /// Reads one example; its 28 × 28 pixels are base64 bytes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        index = try container.decode(Int.self, forKey: .index)
        label = try container.decode(Int.self, forKey: .label)
        predicted = try container.decode(Int.self, forKey: .predicted)
        probability = try container.decode(Double.self, forKey: .probability)
        guard let pixels = Data(base64Encoded: try container.decode(String.self, forKey: .pixels)) else {
            throw DecodingError.dataCorruptedError(
                forKey: .pixels, in: container, debugDescription: "the pixels are not base64")
        }
        self.pixels = [UInt8](pixels)
    }

    /// Writes the example, its pixels as base64.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(index, forKey: .index)
        try container.encode(label, forKey: .label)
        try container.encode(predicted, forKey: .predicted)
        try container.encode(probability, forKey: .probability)
        try container.encode(Data(pixels).base64EncodedString(), forKey: .pixels)
    }
}

extension ConfusionMatrix: Codable {
    /// The matrix is stored as its rows: `[[Int]]`.
    public init(from decoder: any Decoder) throws {
        counts = try decoder.singleValueContainer().decode([[Int]].self)
    }

    /// Writes the rows.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(counts)
    }
}
