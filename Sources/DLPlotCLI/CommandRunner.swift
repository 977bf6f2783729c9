import ArgumentParser
import Core
import Figures
import FileOutput
import Foundation
import PlottingCairo

/// The one exit path of `dlplot` and `dlplot-dev`: parses, runs, and turns every error into one line
/// `<tool> <command>: <what>` on standard error and an exit status from `ExitStatus`. Help, `--version` and
/// completion scripts go to standard output as argument-parser writes them.
package struct CommandRunner<Root: ParsableCommand> {
    /// "dlplot" or "dlplot-dev": the first word of every message.
    package let tool: String
    /// A message for arguments that cannot name a command (checked before parsing; nil: parse them).
    package var preflight: ([String]) -> String? = { _ in nil }
    /// A better message for one of argument-parser's, given the arguments (nil: keep it).
    package var rewrite: (_ message: String, _ arguments: [String]) -> String? = { _, _ in nil }

    package init(tool: String) {
        self.tool = tool
    }

    /// Runs `Root` on `arguments` and exits.
    package func run(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        StandardStreams.prepare()
        let prefix = Self.prefix(tool: tool, arguments: arguments)
        if let message = preflight(arguments) { Self.fail(prefix, message, status: ExitStatus.usage) }
        do {
            var command = try Root.parseAsRoot(arguments)
            try command.run()
            exit(ExitStatus.success)
        } catch let error as ExitCode {
            exit(error.rawValue)
        } catch let error as ParameterError {
            Self.fail(prefix, error.message, status: ExitStatus.usage, context: error.context)
        } catch let error as OutputError {
            Self.fail(prefix, error.message, status: error.exitStatus)
        } catch let error as CommandError {
            Self.fail(prefix, error.message, status: error.status)
        } catch let error as RenderError {
            Self.fail(prefix, error.description, status: error.isBadInput ? ExitStatus.usage : ExitStatus.failure)
        } catch {
            if let valueError = OptionValueError.wrapped(in: error) {
                Self.fail(prefix, valueError.description, status: ExitStatus.usage)
            }
            if Root.exitCode(for: error) == .success {
                Self.succeed(printing: Root.fullMessage(for: error), prefix: prefix)
            }
            let message = Root.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            Self.fail(
                prefix, rewrite(message, arguments) ?? Self.lowercasingFirstWord(message), status: ExitStatus.usage)
        }
    }

    /// "dlplot train" when the first argument names a subcommand, else "dlplot".
    static func prefix(tool: String, arguments: [String]) -> String {
        guard let first = arguments.first, !first.hasPrefix("-"),
            Root.configuration.subcommands.contains(where: { $0.configuration.commandName == first })
        else { return tool }
        return "\(tool) \(first)"
    }

    /// argument-parser's "Unknown option '--x'" → "unknown option '--x'" (a leading acronym such as "PNG" stays).
    static func lowercasingFirstWord(_ message: String) -> String { EchoedText.lowercasingFirstWord(message) }

    /// Help, `--version` and completion scripts: printed through `write(2)` like every other output, so a
    /// closed or full standard output is exit 1 with one line, not a silent success.
    static func succeed(printing text: String, prefix: String) -> Never {
        if !text.isEmpty {
            do { try StandardStreams.writeLine(text) } catch { fail(prefix, error.message, status: error.exitStatus) }
        }
        exit(ExitStatus.success)
    }

    /// One line `<prefix>: <message>` on standard error; `context` (an expression and a caret under the bad
    /// column) follows only when standard error is a terminal, where a person reads it.
    static func fail(_ prefix: String, _ message: String, status: Int32, context: String? = nil) -> Never {
        StandardStreams.printError("\(prefix): \(boundingWords(message))")
        if let context, isatty(STDERR_FILENO) == 1 { StandardStreams.printError(context) }
        exit(status)
    }

    /// The message with every word longer than `longestWord` scalars cut in its middle (argument-parser echoes
    /// a 100,000-character option in full): the line stays readable and its length bounded.
    static func boundingWords(_ message: String, longestWord: Int = 100) -> String {
        guard message.unicodeScalars.count > longestWord else { return message }
        return message.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let scalars = word.unicodeScalars
            guard scalars.count > longestWord else { return String(word) }
            let tail = String(String.UnicodeScalarView(scalars.suffix(20)))
            return EchoedText.shortened(String(word), scalars: 60, marker: "…(\(scalars.count) characters)…") + tail
        }.joined(separator: " ")
    }
}
