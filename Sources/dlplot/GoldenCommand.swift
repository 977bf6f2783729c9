import ArgumentParser
import CCairo
import CPangoCairo
import CPNG
import FileOutput
import Foundation
import ImageComparison
import PlottingCairo

/// `dlplot golden`: the golden-image check behind `make test` and the recording behind `make golden`.
struct GoldenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "golden",
        abstract: "Check freshly rendered figures against the committed goldens, or record the environment fingerprint.",
        subcommands: [GoldenCheckCommand.self, GoldenFingerprintCommand.self])
}

/// The rendering environment now: library versions and the pinned font files.
enum CurrentEnvironment {
    /// The file name of the fingerprint beside the goldens.
    static let fileName = "ENVIRONMENT.json"

    static func fingerprint() -> EnvironmentFingerprint {
        var libraries = [
            "cairo": String(cString: cairo_version_string()),
            "pango": String(cString: pango_version_string()),
            "libpng": String(cString: png_get_libpng_ver(nil)),
        ]
        // FreeType rasterises glyphs, HarfBuzz shapes text, fontconfig picks fonts and pixman composites Cairo's
        // image surface: all change pixels. Their upstream versions, from Debian's packages (see UpstreamVersion).
        for (name, package) in [("freetype", "libfreetype6"), ("harfbuzz", "libharfbuzz0b"), ("pixman", "libpixman-1-0"), ("fontconfig", "libfontconfig1")] {
            libraries[name] = debianPackageVersion(package).map(UpstreamVersion.of) ?? "unknown"
        }
        return .current(libraries: libraries, fontPaths: PinnedFonts.files.map(\.path))
    }

    /// The installed version of a Debian package, or nil where dpkg is unavailable or the package is not installed.
    static func debianPackageVersion(_ package: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dpkg-query")
        process.arguments = ["-W", "-f=${Version}", package]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        return process.terminationStatus == 0 && !text.isEmpty ? text : nil
    }
}

/// `dlplot golden fingerprint`: print or record the environment fingerprint.
struct GoldenFingerprintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fingerprint", abstract: "Print the rendering environment's fingerprint, or write it beside the goldens.")

    @Option(help: ArgumentHelp("Write the fingerprint to this file (`make figures` writes figures/ENVIRONMENT.json).", valueName: "path"))
    var write: String?

    func run() throws {
        let bytes = [UInt8](try CurrentEnvironment.fingerprint().jsonData()) + Array("\n".utf8)
        guard let write else { try StandardStreams.write(bytes); return }
        try AtomicFile.write(bytes, to: write)
        try StandardStreams.writeLine("recorded the rendering environment in \(write)")
    }
}

/// `dlplot golden check`: compare a fresh render with the goldens; exit 1 on any failure.
struct GoldenCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Compare freshly rendered figures with the goldens (environment first), leaving evidence of every failure.")

    @Option(help: ArgumentHelp("The committed goldens.", valueName: "dir"))
    var goldens = "figures"

    @Option(help: ArgumentHelp("The fresh render (every figure, PNG, SVG, PDF).", valueName: "dir"))
    var fresh: String

    @Option(help: ArgumentHelp("A second render made in other processes, in another order (determinism check).", valueName: "dir"))
    var second: String?

    @Option(help: ArgumentHelp("Where failures leave expected/actual/diff images, reports and index.html.", valueName: "dir"))
    var evidence: String

    func run() throws {
        let recorded: EnvironmentFingerprint
        do { recorded = try EnvironmentFingerprint.read(from: goldens + "/" + CurrentEnvironment.fileName) } catch {
            goldenFailure("golden: \(error)")
        }
        let drift = CurrentEnvironment.fingerprint().drift(from: recorded)
        guard drift.isEmpty else {
            goldenFailure("golden: ENVIRONMENT DRIFT — the goldens in \(goldens)/ were recorded in another rendering environment, so no image was compared:\n"
                 + drift.map { "  " + $0 }.joined(separator: "\n")
                 + "\n  Restore the recorded environment, or check the new images and re-record with `make golden`.")
        }
        let tolerances: GoldenTolerances
        do { tolerances = try GoldenTolerances.read(from: goldens + "/TOLERANCES.json") } catch { goldenFailure("golden: \(error)") }
        let summary: GoldenRun.Summary
        do {
            try? FileManager.default.removeItem(atPath: evidence)
            summary = try GoldenRun(goldens: goldens, fresh: fresh, second: second, evidence: evidence, tolerances: tolerances).run()
        } catch { goldenFailure("golden: \(error)") }
        for note in summary.notes { try StandardStreams.writeLine("golden: note: \(note)") }
        for (name, measure) in summary.svgRaster.sorted(by: { $0.key < $1.key }) {
            try StandardStreams.writeLine("golden: rsvg-convert vs PNG \(name): \(measure.summary)")
        }
        if summary.failures.isEmpty {
            try StandardStreams.writeLine("golden: environment matches \(goldens)/\(CurrentEnvironment.fileName)")
            try StandardStreams.writeLine("golden: \(summary.passed) passed, 0 failed")  // the plain closing line CI reads
            return
        }
        for failure in summary.failures { try StandardStreams.writeLine("golden: FAIL \(failure)") }
        try StandardStreams.writeLine("golden: \(summary.passed) passed, \(summary.failures.count) failed")
        goldenFailure("golden: \(summary.failures.count) of \(summary.failures.count + summary.passed) checks failed; evidence in \(evidence)/, open \(summary.page)")
    }
}

/// Prints `message` to standard error and exits with status 1 (a failed check, not a usage error).
private func goldenFailure(_ message: String) -> Never {
    StandardStreams.printError("dlplot " + message)  // standard output is unbuffered, so it already came first
    Foundation.exit(1)
}
