import ArgumentParser
import DLPlotCLI
import FileOutput
import Foundation
import ImageComparison
import PlottingCairo

/// `dlplot-dev golden`: the golden-image check behind `make test` and the recording behind `make golden`.
struct GoldenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "golden",
        abstract:
            "Check freshly rendered figures against the committed goldens, or record the environment fingerprint.",
        subcommands: [GoldenCheckCommand.self, GoldenFingerprintCommand.self])
}

/// The rendering environment now, as the fingerprint recorded beside the goldens.
enum CurrentEnvironment {
    /// The file name of the fingerprint beside the goldens.
    static let fileName = "ENVIRONMENT.json"

    static func fingerprint() -> EnvironmentFingerprint {
        let now = RenderingEnvironment.current()
        return .current(
            linkedLibraries: now.linkedLibraries, debianPackages: now.debianPackages, fontPaths: now.fontPaths)
    }
}

/// `dlplot-dev golden fingerprint`: print or record the environment fingerprint.
struct GoldenFingerprintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fingerprint",
        abstract: "Print the rendering environment's fingerprint, or write it beside the goldens.")

    @Option(
        help: ArgumentHelp(
            "Write the fingerprint to this file (`make figures` writes figures/ENVIRONMENT.json).", valueName: "path"))
    var write: String?

    func run() throws {
        let bytes = [UInt8](try CurrentEnvironment.fingerprint().jsonData()) + Array("\n".utf8)
        guard let write else {
            try StandardStreams.write(bytes)
            return
        }
        try AtomicFile.write(bytes, to: write)
        try StandardStreams.writeLine("recorded the rendering environment in \(write)")
    }
}

/// `dlplot-dev golden check`: compare a fresh render with the goldens; exit 1 on any failure.
struct GoldenCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Compare freshly rendered figures with the goldens (environment first), leaving evidence of every failure.")

    @Option(help: ArgumentHelp("The committed goldens.", valueName: "dir"))
    var goldens = "figures"

    @Option(help: ArgumentHelp("The fresh render (every figure, PNG, SVG, PDF).", valueName: "dir"))
    var fresh: String

    @Option(
        help: ArgumentHelp(
            "A second render made in other processes, in another order (determinism check).", valueName: "dir"))
    var second: String?

    @Option(
        help: ArgumentHelp(
            "Where failures leave expected/actual/diff images, reports and index.html.", valueName: "dir"))
    var evidence: String

    func run() throws {
        let recorded: EnvironmentFingerprint
        do { recorded = try EnvironmentFingerprint.read(from: goldens + "/" + CurrentEnvironment.fileName) } catch {
            throw goldenFailure("\(error)")
        }
        let drift = CurrentEnvironment.fingerprint().drift(from: recorded)
        guard drift.isEmpty else {
            throw goldenFailure(
                "ENVIRONMENT DRIFT — the goldens in \(goldens)/ were recorded in another rendering environment, so no image was compared:\n"
                    + drift.map { "  " + $0 }.joined(separator: "\n")
                    + "\n  Restore the recorded environment, or check the new images and re-record with `make golden`.")
        }
        let tolerances: GoldenTolerances
        do { tolerances = try GoldenTolerances.read(from: goldens + "/TOLERANCES.json") } catch {
            throw goldenFailure("\(error)")
        }
        let summary: GoldenRun.Summary
        do {
            try? FileManager.default.removeItem(atPath: evidence)
            summary = try GoldenRun(
                goldens: goldens, fresh: fresh, second: second, evidence: evidence, tolerances: tolerances
            ).run()
        } catch { throw goldenFailure("\(error)") }
        for note in summary.notes { try StandardStreams.writeLine("golden: note: \(note)") }
        for (name, measure) in summary.svgRaster.sorted(by: { $0.key < $1.key }) {
            try StandardStreams.writeLine("golden: rsvg-convert vs PNG \(name): \(measure.summary)")
        }
        if summary.failures.isEmpty {
            try StandardStreams.writeLine("golden: environment matches \(goldens)/\(CurrentEnvironment.fileName)")
            // The plain closing line CI reads.
            try StandardStreams.writeLine("golden: \(summary.passed) passed, 0 failed")
            return
        }
        for failure in summary.failures { try StandardStreams.writeLine("golden: FAIL \(failure)") }
        try StandardStreams.writeLine("golden: \(summary.passed) passed, \(summary.failures.count) failed")
        throw goldenFailure(
            "\(summary.failures.count) of \(summary.failures.count + summary.passed) checks failed; evidence in \(evidence)/, open \(summary.page)"
        )
    }
}

/// A failed check (exit status 1, not a usage error), reported by the entry point as `dlplot-dev golden: <message>`
/// (standard output is unbuffered, so the lines printed before it already came first).
private func goldenFailure(_ message: String) -> CommandError {
    CommandError(message: message, status: ExitStatus.failure)
}
