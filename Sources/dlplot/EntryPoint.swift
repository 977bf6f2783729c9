import ArgumentParser
import FileOutput
import Figures
import Foundation
import PlottingCairo

/// Runs the root command with dlplot's error conventions: help, `--version` and completion scripts as
/// argument-parser prints them; every error as one line on standard error (`dlplot: …`, expression errors
/// followed by the expression and a caret), exit status 2 for bad input and 1 for failures of the machine
/// (every failure to write an output, including standard output; see `StandardStreams` for SIGPIPE).
enum EntryPoint {
    static func run(_ root: DLPlot.Type, arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        StandardStreams.prepare()
        if let message = unknownSubcommandMessage(arguments, root: root) { fail(message, status: 2) }
        do {
            var command = try root.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch let error as ExitCode {
            exit(error.rawValue)
        } catch let error as ParameterError {
            fail(error.description, status: 2)
        } catch let error as OutputError {
            fail(error.message, status: error.exitStatus)
        } catch let error as CommandError {
            fail(error.message, status: error.status)
        } catch let error as RenderError {
            fail(error.description, status: error.isBadInput ? 2 : 1)
        } catch {
            let code = root.exitCode(for: error)
            if code == .success { succeed(printing: root.fullMessage(for: error)) }
            let message = root.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            fail(unknownOptionMessage(message, arguments: arguments) ?? message, status: 2)
        }
    }

    /// "unknown figure or command 'gradient-feild'; did you mean 'gradient-field'?" when the first argument
    /// is meant as a subcommand but names none.
    static func unknownSubcommandMessage(_ arguments: [String], root: DLPlot.Type) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = root.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !names.contains(first) else { return nil }
        let otherNames = names.filter { !Catalogue.ids.contains($0) }
        return Catalogue.unknownFigureMessage(first, otherNames: otherNames)
    }

    /// For a figure subcommand, argument-parser's "Unknown option '--lrr'" rewritten to name the figure and
    /// suggest the nearest of the options that figure really has (argument-parser would also suggest the
    /// options hidden for it).
    static func unknownOptionMessage(_ message: String, arguments: [String]) -> String? {
        let prefix = "Unknown option '"
        guard message.hasPrefix(prefix), let id = arguments.first, let figure = Catalogue.figure(id: id) else { return nil }
        let option = String(message.dropFirst(prefix.count).prefix { $0 != "'" })
        let valid = OutputOptions.optionNames + figure.parameters.map(\.name.flag)
        if let suggestion = NearestName.suggestion(for: option, among: valid) {
            return "unknown option '\(option)' for \(id); did you mean '\(suggestion)'?"
        }
        return "unknown option '\(option)' for \(id); its options are \(valid.joined(separator: ", "))"
    }

    /// Help, `--version` and completion scripts: printed through `write(2)` like every other output, so a
    /// closed or full standard output is exit 1 with one line, not a silent success.
    static func succeed(printing text: String) -> Never {
        if !text.isEmpty {
            do { try StandardStreams.writeLine(text) } catch { fail(error.message, status: error.exitStatus) }
        }
        exit(0)
    }

    static func fail(_ message: String, status: Int32) -> Never {
        StandardStreams.printError("dlplot: \(message)")
        exit(status)
    }
}

/// An error of the command line itself (bad output path, unwritable folder …), reported as one line.
struct CommandError: Error {
    let message: String
    /// 2 for bad input, 1 for a failure of the machine.
    var status: Int32 = 2
}

extension RenderError {
    /// Whether the error comes from the user's input (a size, dpi, extension or path) rather than the machine.
    var isBadInput: Bool {
        switch self {
        case .invalidSize, .invalidDPI, .tooManyPixels, .unknownFormat: return true
        case .missingFont, .fontSetup, .cairo, .png, .file: return false
        }
    }
}
