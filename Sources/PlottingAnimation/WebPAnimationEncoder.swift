import PlottingCairo

// Placeholder while the encoder is written (see the animation issue); replaced before landing.
package struct WebPAnimationEncoder: AnimationEncoder {
    init(header: AnimationHeader) throws { throw AnimationError.encoder("WebPAnimationEncoder is not written yet") }
    package mutating func add(_ frame: RasterImage, index: Int) throws {}
    package mutating func finish() throws -> [UInt8] { [] }
}
