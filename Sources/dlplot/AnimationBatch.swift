import Dispatch
import Figures
import FileOutput
import PlottingAnimation
import Synchronization

/// `dlplot all --animations`: every animated figure in every requested format, staged into an `OutputSet`.
enum AnimationBatch {
    /// What the report needs of one written animation: its files' names and its frame size in pixels.
    typealias Written = (names: [String], size: (width: Int, height: Int))

    /// Renders each figure's default animation once for all `formats` and stages the files at `destinations`
    /// (one list per figure, in the formats' order). The animations run side by side, one per core, each drawing
    /// and encoding on its own thread: one animation's encoding is serial, so several at once keep both cores
    /// busy. Prints a progress line per animation in catalogue order; throws the first figure's error.
    static func render(
        _ figures: [any AnimatedFigure.Type], as formats: [AnimationFormat], into destinations: [[OutputDestination]],
        settings: FigureSettings, outputs: OutputSet
    ) throws -> [String: Written] {
        let outcomes = Mutex<[Int: Result<Written, any Error>]>([:])
        DispatchQueue.concurrentPerform(iterations: figures.count) { index in
            let outcome = Result { () throws -> Written in
                let built = try AnimationBuilder.build(figures[index], settings: settings)
                let files = try AnimationRun.mapped { try built.animation.render(as: formats, workers: 1) }
                for (bytes, destination) in zip(files, destinations[index]) { try outputs.add(bytes, to: destination) }
                let names = formats.map { "\(figures[index].id).\($0.rawValue)" }
                return (names, try built.animation.figure(at: 0).sizeInPixels)
            }
            outcomes.withLock { $0[index] = outcome }
        }
        let finished = outcomes.withLock { $0 }
        var written: [String: Written] = [:]
        for (index, figure) in figures.enumerated() {
            guard let outcome = finished[index] else { continue }
            written[figure.id] = try outcome.get()
            printToStandardError("dlplot all: \(figure.id): \(formats.map(\.rawValue).joined(separator: " "))")
        }
        return written
    }
}
