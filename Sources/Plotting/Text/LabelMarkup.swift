/// dlplot's small TeX-like label syntax, and its translation to Pango markup.
///
/// Syntax (no `$…$` delimiters; a `Label.markup(…)` is read this way, a plain string never is):
/// - `x_0`, `x^2`: the next character (or `\command`) as a subscript or superscript;
/// - `x_{10}`, `e^{-x}`: a braced group as the script; groups nest (`e^{x_{1}}`);
/// - `{…}`: a plain group;
/// - `\alpha … \omega`, `\Alpha … \Omega` and a few symbols (`\nabla`, `\partial`, `\cdot`, `\times`,
///   `\infty`, `\leq`, `\geq`, `\pm`, `\to`, …) as their Unicode glyphs;
/// - `\_`, `\^`, `\{`, `\}`, `\\`, `\$`, `\%`, `\&`, `\#`, `\ ` for the literal character.
///
/// Spaces are kept as typed (`a \\cdot b`; write `a\\cdot{}b` for none).
/// Inside a script, `-` becomes a true minus sign (U+2212). An unknown command is kept as typed.
/// Unbalanced braces or a `_`/`^` with nothing after it make the label invalid; an invalid label is
/// shown exactly as typed. Nothing here throws.
public enum LabelMarkup {
    /// One piece of a parsed label.
    public indirect enum Piece: Hashable, Sendable {
        /// Plain text (commands already replaced by their glyphs).
        case text(String)
        /// A subscript.
        case sub([Piece])
        /// A superscript.
        case sup([Piece])
    }

    /// Script size relative to the text it belongs to (matplotlib's mathtext shrinks scripts by 0.7).
    public static let scriptScale = 0.7
    /// How far a superscript's baseline is raised, in ems of the parent text.
    public static let superscriptRise = 0.38
    /// How far a subscript's baseline is lowered, in ems of the parent text.
    public static let subscriptDrop = 0.18

    /// Parses a label; nil when it is invalid (unbalanced braces, a trailing `_` or `^`).
    public static func parse(_ label: String) -> [Piece]? {
        var parser = Parser(Array(label))
        guard let pieces = parser.parseSequence(untilBrace: false), parser.atEnd else { return nil }
        return pieces
    }

    /// The pieces of a label: parsed, or the literal text when the label is invalid.
    public static func pieces(_ label: String) -> [Piece] {
        parse(label) ?? [.text(label)]
    }

    /// The label as plain Unicode text, scripts inlined (for accessibility text and rough estimates).
    public static func plainText(_ label: String) -> String {
        flatten(pieces(label))
    }

    /// Pango markup for a label drawn at `fontSize` points: scripts as `<span>`s with absolute
    /// sizes and rises (in Pango units, 1/1024 pt at 72 dpi), so nesting is exact; all text escaped.
    package static func pango(_ label: String, fontSize: Double) -> String {
        var out = ""
        emit(pieces(label), size: fontSize, rise: 0, into: &out)
        return out
    }

    private static func flatten(_ pieces: [Piece]) -> String {
        pieces.map { piece -> String in
            switch piece {
            case .text(let s): return s
            case .sub(let p), .sup(let p): return flatten(p)
            }
        }.joined()
    }

    private static func emit(_ pieces: [Piece], size: Double, rise: Double, into out: inout String) {
        for piece in pieces {
            switch piece {
            case .text(let s):
                out += MarkupText.escape(s)
            case .sub(let inner):
                emitScript(inner, size: size, rise: rise - subscriptDrop * size, into: &out)
            case .sup(let inner):
                emitScript(inner, size: size, rise: rise + superscriptRise * size, into: &out)
            }
        }
    }

    private static func emitScript(_ pieces: [Piece], size parentSize: Double, rise: Double, into out: inout String) {
        let size = parentSize * scriptScale
        out += "<span size=\"\(pangoUnits(size))\" rise=\"\(pangoUnits(rise))\">"
        emit(pieces, size: size, rise: rise, into: &out)
        out += "</span>"
    }

    /// Points to Pango units (1/1024), rounded, clamped to a sane range so odd sizes cannot overflow.
    private static func pangoUnits(_ points: Double) -> Int {
        let v = (points * 1024).rounded()
        guard v.isFinite else { return 0 }
        return Int(max(-1_000_000_000, min(1_000_000_000, v)))
    }

    /// A recursive-descent parser over the label's characters.
    private struct Parser {
        let chars: [Character]
        var index = 0
        init(_ chars: [Character]) { self.chars = chars }
        var atEnd: Bool { index >= chars.count }

        /// Parses pieces up to the end, or up to (and consuming) a closing brace when `untilBrace`.
        mutating func parseSequence(untilBrace: Bool) -> [Piece]? {
            var pieces: [Piece] = []
            var text = ""
            func flush() {
                if !text.isEmpty {
                    pieces.append(.text(text))
                    text = ""
                }
            }
            while index < chars.count {
                let c = chars[index]
                switch c {
                case "}":
                    guard untilBrace else { return nil }
                    index += 1
                    flush()
                    return pieces
                case "{":
                    index += 1
                    guard let group = parseSequence(untilBrace: true) else { return nil }
                    flush()
                    pieces += group
                case "_", "^":
                    index += 1
                    guard let script = parseScriptArgument() else { return nil }
                    flush()
                    pieces.append(c == "_" ? .sub(script) : .sup(script))
                case "\\":
                    text += parseCommand()
                default:
                    index += 1
                    text.append(c)
                }
            }
            guard !untilBrace else { return nil }
            flush()
            return pieces
        }

        /// The argument of `_` or `^`: a braced group, a command, or one character; minus signs made true.
        mutating func parseScriptArgument() -> [Piece]? {
            guard index < chars.count else { return nil }
            let c = chars[index]
            let raw: [Piece]
            switch c {
            case "{":
                index += 1
                guard let group = parseSequence(untilBrace: true) else { return nil }
                raw = group
            case "}", "_", "^":
                return nil
            case "\\":
                raw = [.text(parseCommand())]
            default:
                index += 1
                raw = [.text(String(c))]
            }
            return raw.map(Parser.withTrueMinus)
        }

        static func withTrueMinus(_ piece: Piece) -> Piece {
            switch piece {
            case .text(let s): return .text(String(s.map { $0 == "-" ? "\u{2212}" : $0 }))
            case .sub(let p): return .sub(p.map(withTrueMinus))
            case .sup(let p): return .sup(p.map(withTrueMinus))
            }
        }

        /// Reads `\name` or `\x` at `index` and returns its text (the glyph, or the command as typed).
        mutating func parseCommand() -> String {
            index += 1  // the backslash
            guard index < chars.count else { return "\\" }
            let first = chars[index]
            guard first.isLetter, first.isASCII else {
                index += 1
                return LabelMarkup.escapedCharacters.contains(first) ? String(first) : "\\" + String(first)
            }
            var name = ""
            while index < chars.count, chars[index].isLetter, chars[index].isASCII {
                name.append(chars[index])
                index += 1
            }
            return LabelMarkup.symbols[name] ?? "\\" + name
        }
    }

    /// Characters that `\` makes literal.
    static let escapedCharacters: Set<Character> = ["_", "^", "{", "}", "\\", "$", "%", "&", "#", " "]

    /// The commands and the glyphs they stand for.
    package static let symbols: [String: String] = {
        var table: [String: String] = [:]
        let lower = [
            "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
            "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "varsigma", "sigma", "tau", "upsilon",
            "phi", "chi", "psi", "omega",
        ]
        for (i, name) in lower.enumerated() {
            if let lowerScalar = Unicode.Scalar(0x03B1 + i) { table[name] = String(Character(lowerScalar)) }
            // Capitals: U+0391…U+03A9 (U+03A2, the slot of final sigma, is unassigned).
            if name != "varsigma", let upperScalar = Unicode.Scalar(0x0391 + i) {
                table[name.prefix(1).uppercased() + name.dropFirst()] = String(Character(upperScalar))
            }
        }
        let others: [String: String] = [
            "varepsilon": "\u{03B5}", "vartheta": "\u{03D1}", "varphi": "\u{03C6}", "varpi": "\u{03D6}",
            "nabla": "\u{2207}", "partial": "\u{2202}", "cdot": "\u{22C5}", "times": "\u{00D7}",
            "div": "\u{00F7}", "infty": "\u{221E}", "leq": "\u{2264}", "le": "\u{2264}", "geq": "\u{2265}",
            "ge": "\u{2265}", "neq": "\u{2260}", "ne": "\u{2260}", "approx": "\u{2248}", "pm": "\u{00B1}",
            "mp": "\u{2213}", "to": "\u{2192}", "rightarrow": "\u{2192}", "leftarrow": "\u{2190}",
            "sum": "\u{2211}", "prod": "\u{220F}", "sqrt": "\u{221A}", "ldots": "\u{2026}",
            "cdots": "\u{22EF}", "prime": "\u{2032}", "circ": "\u{2218}", "degree": "\u{00B0}",
            "in": "\u{2208}", "ell": "\u{2113}", "minus": "\u{2212}",
        ]
        table.merge(others) { _, new in new }
        return table
    }()
}
