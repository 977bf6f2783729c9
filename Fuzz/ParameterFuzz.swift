// libFuzzer target `parameters`: a figure option's text as the command line hands it over. The first byte picks
// a figure of the catalogue, the second one of its parameters, the rest is the text. The text is parsed as the
// value of every parameter of every figure (so every kind and domain), then the picked figure is built with it
// in place of that parameter's default, as `dlplot <figure> --<parameter> TEXT` would (files are not read, and
// builds that would sample many points are skipped to keep each run fast). Built and run by scripts/fuzz.sh.
import Figures

/// The most points along one axis, or steps, a build may take in this harness (the figures allow far more).
private let sampleBound = 2_000.0

/// libFuzzer's entry: one input, `size` bytes at `data`: figure, parameter, text; returns 0 (a finding traps).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParameters(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard bytes.count >= 2 else { return 0 }
    let text = String(decoding: bytes.dropFirst(2), as: UTF8.self)
    for figure in Catalogue.figures {
        for spec in figure.parameters {
            do { _ = try ParameterValue(parsing: text, as: spec.kind, for: spec.name) } catch { _ = error.description }
        }
    }
    let figure = Catalogue.figures[Int(bytes[0]) % Catalogue.figures.count]
    guard !figure.parameters.isEmpty else { return 0 }
    let spec = figure.parameters[Int(bytes[1]) % figure.parameters.count]
    if case .file = spec.kind { return 0 }
    let given = [spec.name: text]
    guard let values = try? ParameterValues(for: figure, given: given), samplesAreFew(values, of: figure) else {
        return 0
    }
    do { _ = try FigureBuilder.build(figure, given: given) } catch { _ = "\(error)" }
    return 0
}

/// Whether building `figure` with `values` samples at most `sampleBound` points per axis and steps (a count far
/// beyond every figure's limit is allowed too: the figure refuses it before sampling).
private func samplesAreFew(_ values: ParameterValues, of figure: any FigureDefinition.Type) -> Bool {
    func few(_ count: Double) -> Bool { !(count > sampleBound && count < 1e7) }
    if figure.parameter(.range) != nil, figure.parameter(.step) != nil {
        let (lo, hi) = values.interval(.range)
        guard few((hi - lo) / values.number(.step)) else { return false }
    }
    for name in [ParameterName.steps, .first] where figure.parameter(name) != nil {
        guard few(Double(values.integer(name))) else { return false }
    }
    return true
}
