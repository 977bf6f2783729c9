import Dispatch
import Platform
import Plotting
import Synchronization

/// Draws an animation's frames as pixels, in parallel, and hands them over in order.
///
/// Worker threads (one per core) take the next frame index, build the frame's `Figure`, draw it on a raster
/// `CairoCanvas` and park the pixels; the calling thread receives frame 0, 1, 2, … as each is ready. At most
/// `window` frames are drawn but not yet handed over, so memory stays bounded whatever the frame count.
/// Every frame is drawn independently of the others, so the pixels are the same run after run.
package enum AnimationFrames {
    /// How many workers draw at once: the cores this process may use.
    package static var workerCount: Int { SystemCalls.availableProcessors }

    /// Validates `animation`, draws its frames and calls `receive(index, pixels)` for each in order on the
    /// calling thread. Throws the first error: an invalid animation, a frame that fails to build or validate,
    /// a frame whose pixel size differs from frame 0's, or whatever `receive` throws (drawing then stops).
    /// `first` is frame 0 when the caller has already built it (to size its encoders): it is not built again.
    package static func render(
        _ animation: Animation, first built: Figure? = nil, workers requested: Int? = nil,
        receive: (Int, RasterImage) throws -> Void
    ) throws {
        try animation.validate()
        let count = animation.frameCount
        let workers = max(1, min(requested ?? workerCount, count))
        let first = try built ?? animation.figure(at: 0)
        let size = first.sizeInPixels
        try first.validate()
        let framePixels = Double(size.width) * Double(size.height)
        guard framePixels <= Double(AnimationLimits.maximumFramePixels) else {
            throw PlotError(
                "Animation: a frame of \(size.width) × \(size.height) pixels is over \(AnimationLimits.maximumFramePixels / 1_048_576) megapixels; make it smaller (width, height or dpi)"
            )
        }
        guard size.width > 0, size.height > 0,
            Double(count) * framePixels <= Double(AnimationLimits.maximumTotalPixels)
        else {
            throw PlotError(
                "Animation: \(count) frames of \(size.width) × \(size.height) pixels exceed \(AnimationLimits.maximumTotalPixels / 1_000_000) megapixels in all"
            )
        }
        if workers == 1 {
            for index in 0..<count {
                try receive(index, try draw(index == 0 ? first : animation.figure(at: index), index: index, size: size))
            }
            return
        }
        let board = FrameBoard(count: count, window: workers + 1)
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global().async(group: group) {
                while let index = board.claim() {
                    let result = Result {
                        try draw(index == 0 ? first : animation.figure(at: index), index: index, size: size)
                    }
                    board.deliver(index, result)
                }
            }
        }
        defer {
            board.cancel()
            group.wait()
        }
        for index in 0..<count {
            let pixels = try board.take(index).get()
            try receive(index, pixels)
        }
    }

    /// Draws one frame on a raster canvas and returns its pixels.
    private static func draw(_ figure: Figure, index: Int, size: (width: Int, height: Int)) throws -> RasterImage {
        let frameSize = figure.sizeInPixels
        guard frameSize == size else {
            throw PlotError(
                "Animation: frame \(index) is \(frameSize.width) × \(frameSize.height) pixels but frame 0 is \(size.width) × \(size.height); every frame must have the same size"
            )
        }
        let canvas = try CairoCanvas(format: .png, width: figure.width, height: figure.height, dpi: figure.dpi)
        try figure.draw(on: canvas)
        try canvas.checkText()
        guard let pixels = canvas.pixels else { throw RenderError.cairo("the frame's pixels could not be read") }
        return pixels
    }
}

/// The hand-over between frame workers and the encoding thread: a window of permits bounds the frames in
/// flight; each finished frame waits in its slot until taken.
private final class FrameBoard: Sendable {
    private let count: Int
    private let permits: DispatchSemaphore
    private let ready: [DispatchSemaphore]
    private let state = Mutex(State())

    private struct State {
        var next = 0
        var cancelled = false
        var results: [Int: Result<RasterImage, any Error>] = [:]
    }

    init(count: Int, window: Int) {
        self.count = count
        permits = DispatchSemaphore(value: window)
        ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
    }

    /// The next frame to draw, or nil when all are claimed or drawing stopped. Waits for a free place in the
    /// window first, so the frames being drawn are always the lowest ones not yet taken.
    func claim() -> Int? {
        permits.wait()
        let index: Int? = state.withLock { state in
            guard !state.cancelled, state.next < count else { return nil }
            defer { state.next += 1 }
            return state.next
        }
        if index == nil { permits.signal() }
        return index
    }

    func deliver(_ index: Int, _ result: Result<RasterImage, any Error>) {
        state.withLock { $0.results[index] = result }
        ready[index].signal()
    }

    /// Waits for frame `index` and frees its place in the window.
    func take(_ index: Int) -> Result<RasterImage, any Error> {
        ready[index].wait()
        let result = state.withLock { $0.results.removeValue(forKey: index) }
        permits.signal()
        return result ?? .failure(RenderError.cairo("frame \(index) was not drawn"))
    }

    /// Stops handing out frames and lets every waiting worker finish.
    func cancel() {
        state.withLock { $0.cancelled = true }
        for _ in 0..<count { permits.signal() }
    }
}
