import Figures
import Plotting

/// The server's own bounds on what one request may ask to draw, tighter than the command line's (a reader at a
/// terminal waits for their own million steps; a server shares two cores with everyone). A value within the
/// command line's range but past these is refused 400 with a message naming both limits.
enum ServerCaps {
    /// Gradient-descent updates (`steps`): the command line allows 1,000,000.
    static let maximumSteps = 10_000
    /// Frames of one GIF: the command line allows `AnimationLimits.maximumFrames`.
    static let maximumFrames = 200
    /// Pixels of one PNG or one GIF frame (2896 × 2896, 32 MiB of pixels).
    static let maximumPixels = AnimationLimits.maximumFramePixels
    /// Pixels of all a GIF's frames together.
    static let maximumAnimationPixels = 100_000_000

    /// The server's maximum for an integer parameter, where it is tighter than the command line's (nil: the
    /// command line's range holds). The listing gives it as the parameter's bound; `check` enforces it.
    static func maximum(of name: ParameterName) -> Int? { name == .steps ? maximumSteps : nil }

    /// Checks the validated parameters and timing a query gives, before anything is built.
    static func check(
        _ values: ParameterValues, declared: [ParameterSpec], timing: AnimationTiming?
    )
        throws(ParameterError)
    {
        for spec in declared {
            guard case .integer(let range) = spec.kind, let cap = maximum(of: spec.name) else { continue }
            let value = values.integer(spec.name)
            if value > cap {
                throw ParameterError(
                    "\(spec.name.flag) \(value) is not allowed here: the server draws at most \(cap) (the command line allows \(range.upperBound))"
                )
            }
        }
        if let frames = timing?.frames, frames > maximumFrames {
            throw ParameterError(
                "--frames \(frames) is not allowed here: the server draws at most \(maximumFrames) frames (the command line allows \(AnimationLimits.maximumFrames))"
            )
        }
    }

    /// Checks a built still figure's raster size when it is drawn as pixels (PNG; SVG and PDF cost none).
    static func check(_ figure: Figure, raster: Bool) throws(ParameterError) {
        guard raster else { return }
        let (width, height) = figure.sizeInPixels
        if width * height > maximumPixels {
            throw ParameterError(
                "a \(width) × \(height) PNG is not allowed here: the server draws at most \(maximumPixels) pixels; lower width, height or dpi"
            )
        }
    }

    /// Checks a built animation's frame count and pixels (its first frame's size stands for all).
    static func check(_ animation: Animation, first: Figure) throws(ParameterError) {
        if animation.frameCount > maximumFrames {
            throw ParameterError(
                "an animation of \(animation.frameCount) frames is not allowed here: the server draws at most \(maximumFrames); ask for fewer frames"
            )
        }
        let (width, height) = first.sizeInPixels
        let pixels = width * height
        if pixels > maximumPixels || pixels * animation.frameCount > maximumAnimationPixels {
            throw ParameterError(
                "\(animation.frameCount) frames of \(width) × \(height) are not allowed here: the server draws at most \(maximumPixels) pixels a frame and \(maximumAnimationPixels) in all; lower width, height, dpi or frames"
            )
        }
    }
}
