import PlottingCairo

// Placeholder while the encoder is written (see the animation issue); replaced before landing.
package struct HTMLPlayerEncoder: AnimationEncoder {
    init(header: AnimationHeader) throws { throw AnimationError.encoder("HTMLPlayerEncoder is not written yet") }
    package mutating func add(_ frame: RasterImage, index: Int) throws {}
    package mutating func finish() throws -> [UInt8] { [] }
}
