import PlottingCairo

// Placeholder while the encoder is written (see the animation issue); replaced before landing.
package struct FFmpegVideoEncoder: AnimationEncoder {
    init(header: AnimationHeader, format: AnimationFormat) throws {
        throw AnimationError.encoder("FFmpegVideoEncoder is not written yet")
    }
    package mutating func add(_ frame: RasterImage, index: Int) throws {}
    package mutating func finish() throws -> [UInt8] { [] }
}

package enum FFmpeg {
    static func requireInstalled() throws(AnimationError) {}
}
