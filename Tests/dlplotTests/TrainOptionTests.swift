import ArgumentParser
import DLPlotCLI
import Testing

@testable import dlplot

/// `dlplot train`'s typed options: values parsed and checked by argument-parser, each bad one a message naming
/// the option, the value and what is allowed.
@Suite("dlplot train options")
struct TrainOptionTests {
    @Test func valuesArriveTyped() throws {
        let command = try TrainCommand.parse([
            "--seed", "7", "--iters", "20", "--batch", "5", "--lr", "0.5", "--kernel", "swift",
            "--precision", "float64", "--threads", "1", "--max-memory", "512M",
        ])
        #expect(command.seed == 7 && command.iters == 20 && command.batch == 5 && command.lr == 0.5)
        #expect(
            command.kernel == .swift && command.precision == .float64 && command.threads == 1
                && command.maxMemory == 512 << 20)
        let defaults = try TrainCommand.parse([])
        #expect(
            defaults.seed == 1 && defaults.iters == 10000 && defaults.batch == 100 && defaults.lr == 0.1
                && defaults.kernel == .blas)
    }

    @Test(arguments: [
        (["--seed", "x"], "--seed x is not a whole number; allowed 0...9007199254740991"),
        (["--seed", "9007199254740992"], "--seed 9007199254740992 is out of range; allowed 0...9007199254740991"),
        (["--iters", "0"], "--iters 0 is out of range; allowed 1...10000000"),
        (["--batch", "1e3"], "--batch 1e3 is not a whole number; allowed 1...100000"),
        (["--lr", "inf"], "--lr inf is not allowed; it must be a finite number > 0"),
        (["--kernel", "gpu"], "--kernel gpu is not allowed; use one of blas, swift"),
        (["--precision", ""], "--precision '' is not allowed; use one of float32, float64"),
        (["--threads", "65"], "--threads 65 is out of range; allowed 1...64"),
        (
            ["--max-memory", "3X"],
            "--max-memory 3X is not allowed: expected a size such as 512M, 4G, 4GiB or 1073741824 (bytes), from 1M to 1P"
        ),
    ])
    func badValuesNameTheOptionAndTheRange(arguments: [String], message: String) throws {
        #expect(throws: (any Error).self) { try TrainCommand.parse(arguments) }
        do {
            _ = try TrainCommand.parse(arguments)
        } catch {
            #expect(OptionValueError.wrapped(in: error)?.description == message)
        }
    }
}
