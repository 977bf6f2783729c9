import ArgumentParser
import DLPlotCLI
import Dispatch
import Figures
import Platform
import PlottingCairo
import Synchronization

/// `dlplot-dev bench-figures --out-dir DIR` (for `make bench`): dlplot's versions of the six figures
/// of the plotting benchmark (`bench/README.md`, F1…F6), each 640 × 480 px at 100 dpi, written as
/// PNG and SVG under the baseline's file names, so that `bench/bench.py` can time them beside
/// matplotlib, gnuplot and C on Cairo.
///
/// The figures come from the catalogue with the baseline's parameters; the folder must exist. They are built
/// and rendered on `--jobs` threads (default 1). On this 2-core machine OpenBLAS's idle worker thread (linked
/// through Core) spins on the second core for the whole short process, so two threads gain little (61 ms
/// against 63 ms quiet, slower under load); with OPENBLAS_NUM_THREADS=1 two threads take 51 ms.
struct BenchFiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-figures",
        abstract: "Benchmark: write the six benchmark figures (PNG and SVG) into a folder.")

    /// Baseline file name, catalogue id, and the parameters that match the baseline's figure.
    static let figures: [(file: String, id: String, given: [ParameterName: String])] = [
        ("f1_log", "log", [.range: "0.001,1"]),
        ("f2_step_sigmoid", "step-vs-sigmoid", [:]),
        ("f3_tangent", "tangent", [.at: "5,10"]),
        ("f4_gradient_field", "gradient-field", [:]),
        ("f5_descent", "gradient-descent", [.lr: "0.1", .steps: "20"]),
        ("f6_lr_panels", "learning-rates", [.lr: "0.01,0.1,0.9", .steps: "20"]),
    ]

    @Option(name: .customLong("out-dir"), help: ArgumentHelp("An existing folder to write into.", valueName: "dir"))
    var outDir: String

    @Option(help: ArgumentHelp("Comma-separated output formats: png, svg, pdf.", valueName: "list"))
    var formats = "png,svg"

    @Option(help: "Language of labels and titles: ko or en.")
    var lang: Language = .en

    @Flag(help: "Skip fsync before each rename (files are still replaced atomically).")
    var noFsync = false

    @Option(help: "Threads to build and render on (1…6; default 1).")
    var jobs: Int?

    func validate() throws {
        if let jobs, !(1...6).contains(jobs) { throw ValidationError("--jobs \(jobs) is not allowed; use 1…6") }
    }

    func run() throws {
        let formatList = try OutputFormatList.parse(formats)
        let settings = try FigureSettings(language: lang, width: 6.4, height: 4.8, dpi: 100)
        let folder = outDir
        let durable = !noFsync
        let threads = jobs ?? 1
        let failures = Mutex<[String]>([])
        // Thread t takes figures t, t + threads, …; each figure is independent (values in, files out).
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for entry in Self.figures.enumerated().filter({ $0.offset % threads == thread }).map(\.element) {
                do {
                    let figure = try Catalogue.require(id: entry.id)
                    let built = try FigureBuilder.build(figure, given: entry.given, settings: settings)
                    for format in formatList {
                        try built.figure.write(
                            to: "\(folder)/\(entry.file).\(format.rawValue)", format: format, durable: durable)
                    }
                } catch {
                    failures.withLock { $0.append("\(entry.file): \(error)") }
                }
            }
        }
        if let first = failures.withLock({ $0.sorted().first }) { throw CommandError(message: first) }
    }
}
