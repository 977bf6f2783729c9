// libFuzzer target `expression`: a user's `--f` text through MathExpression, parsed as a curve f(x) and as a
// surface f(x0, x1); whatever parses is evaluated at a few points, whatever fails has its message formatted.
// Built and run by scripts/fuzz.sh.
import Core

/// The points every parsed expression is evaluated at: ordinary, huge, tiny, signed zero and non-finite.
private let probes: [(Double, Double)] = [
    (0, 0), (1, -2), (-3.5, 0.25), (1e300, -1e-300), (-0.0, .nan), (.infinity, -.infinity),
]

/// libFuzzer's entry: one input, `size` bytes at `data`, read as UTF-8 expression text; returns 0 (a finding traps).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for variables in ExpressionVariables.allCases {
        do {
            let expression = try MathExpression(parsing: source, variables: variables)
            for (x0, x1) in probes { _ = expression(x0, x1) + expression(x0) + expression([x1]) }
        } catch {
            _ = error.description
        }
    }
    return 0
}
