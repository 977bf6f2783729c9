import DLPlotCLI
import Figures
import FileOutput
import PlottingAnimation

/// `dlplot <id> --animate`: checks the output (format, ffmpeg, path) and the options, builds the animation,
/// renders it, and writes it with the `--data` CSV all or nothing.
enum AnimationRun {
    static func run(
        _ figure: any FigureDefinition.Type, given: [ParameterName: String], output: OutputOptions,
        options: AnimationOptions
    ) throws {
        let animated = try AnimationBuilder.require(figure)
        if let format = output.format {
            throw ParameterError(
                "--format \(format.rawValue) is for still figures; with --animate the extension of --out chooses the format (\(AnimationFormat.extensionList))"
            )
        }
        let path = output.out ?? "\(figure.id).gif"
        let format = try mapped { try path == "-" ? .gif : AnimationFormat(path: path) }
        try mapped { try format.checkAvailable() }
        let destination = try OutputDestination.prepare(path, binary: format.isBinary)
        let data = try output.data.map { path throws(OutputError) in try OutputDestination.prepare(path) }
        try OutputSet.requireDistinct([("--out", destination)] + (data.map { [("--data", $0)] } ?? []))
        let timing = try options.timing(defaults: animated.defaultTiming)
        let built = try AnimationBuilder.build(animated, given: given, timing: timing, settings: try output.settings())
        let outputs = OutputSet()
        if let data { try outputs.add(Array(built.data.csv.utf8), to: data) }
        let bytes = try mapped { try built.animation.render(as: format) }
        try outputs.add(bytes, to: destination)
        try outputs.commit()
        for warning in built.warnings { printToStandardError("dlplot \(figure.id): warning: \(warning)") }
    }

    /// Runs `body`, turning an `AnimationError` into a command error with the exit status of the table: 2 for
    /// an unknown extension, 1 for a missing or failing ffmpeg and encoder failures.
    static func mapped<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as AnimationError {
            if case .unknownFormat = error { throw CommandError(message: error.description) }
            throw CommandError(message: error.description, status: ExitStatus.failure)
        }
    }
}
