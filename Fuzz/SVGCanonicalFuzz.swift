// libFuzzer target `svg-canonical`: bytes as an SVG document through SVGCanonicalForm, as the golden check
// compares a rendered SVG with the committed one. The canonical form must be a fixed point (canonicalising it
// again changes nothing), and the first difference between the document's halves is looked up.
// Built and run by scripts/fuzz.sh.
import ImageComparison

/// libFuzzer's entry: one input, `size` bytes at `data`, read as an SVG document; returns 0 (a finding traps).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSVGCanonical(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let svg = Array(UnsafeBufferPointer(start: data, count: size))
    let canonical = SVGCanonicalForm.canonicalize(svg)
    let again = SVGCanonicalForm.canonicalize(Array(canonical.utf8))
    if let difference = SVGCanonicalForm.firstDifference(canonical, again) {
        fatalError(
            "canonical form is not a fixed point at line \(difference.line): \(difference.expected) → \(difference.actual)"
        )
    }
    let half = svg.count / 2
    _ = SVGCanonicalForm.firstDifference(
        SVGCanonicalForm.canonicalize(Array(svg[..<half])), SVGCanonicalForm.canonicalize(Array(svg[half...])))
    return 0
}
