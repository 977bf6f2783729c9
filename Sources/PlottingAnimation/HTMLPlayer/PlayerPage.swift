import Plotting

/// The HTML player page: valid HTML5, one file, offline (a Content-Security-Policy allows only its own inline
/// script and style and data: images), the frames in a JSON block read by `PlayerScript`, styled by
/// `PlayerStyle`. Controls: play/pause, step back and forward, a slider, the keyboard; the frame's label is
/// shown under the picture and "k / n" beside the slider. Deterministic: no dates, no random ids.
package struct PlayerPage {
    /// The policy every player carries: nothing may be fetched, only inline script and style run.
    package static let contentSecurityPolicy =
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    let header: AnimationHeader
    let frames: [PlayerFrame]

    package init(header: AnimationHeader, frames: [PlayerFrame]) {
        self.header = header
        self.frames = frames
    }

    /// The page as UTF-8 bytes.
    package var bytes: [UInt8] {
        let title = header.title ?? "Animation"
        let count = frames.count
        let firstLabel = header.frameLabels?.first ?? ""
        let language = Self.language(of: title)
        var page = Array(
            """
            <!DOCTYPE html>
            <html lang="\(language)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>\(MarkupText.escape(title))</title>
            <style>
            \(PlayerStyle.css(width: header.width))
            </style>
            </head>
            <body>
            <main id="player" data-state="loading" data-frame="0">
            <h1>\(MarkupText.escape(title))</h1>
            <canvas id="screen" width="\(header.width)" height="\(header.height)" role="img" aria-label="\(MarkupText.escape(title))">\(MarkupText.escape(title)) <span lang="en">(an animation of \(count) frames; it needs JavaScript to play)</span></canvas>
            <div class="controls" role="group" aria-label="Playback" lang="en">
            <button type="button" id="play" aria-label="Play" aria-pressed="false" disabled>▶</button>
            <button type="button" id="back" aria-label="Previous frame" disabled>|◀</button>
            <button type="button" id="forward" aria-label="Next frame" disabled>▶|</button>
            <input type="range" id="seek" min="0" max="\(count - 1)" value="0" step="1" aria-label="Frame" disabled>
            <output id="counter" for="seek">1 / \(count)</output>
            </div>
            <p id="label" aria-live="polite" lang="\(Self.language(of: firstLabel))">\(MarkupText.escape(firstLabel))</p>
            <p class="help" lang="en">Space plays or pauses, ← and → step, Home and End go to the first and last frame.</p>
            <noscript><p lang="en">This player needs JavaScript to show the frames.</p></noscript>
            </main>
            <script type="application/json" id="player-data">
            """.utf8)
        appendData(to: &page)
        page += Array(
            """
            </script>
            <script>
            \(PlayerScript.source)
            </script>
            </body>
            </html>

            """.utf8)
        return page
    }

    /// The JSON the script reads: `{"width", "height", "durations" (ms), "plays", "labels", "frames"}`, each
    /// frame `[isKeyframe, [[x, y, width, height, base64 PNG, isOverlay], …]]` (0 or 1 for the flags).
    private func appendData(to out: inout [UInt8]) {
        let durations = header.durations.map { Self.milliseconds($0) }.map(String.init).joined(separator: ",")
        let labels = header.frameLabels.map { "[" + $0.map(Self.jsonString).joined(separator: ",") + "]" } ?? "null"
        out += Array(
            "{\"width\":\(header.width),\"height\":\(header.height),\"durations\":[\(durations)],\"plays\":\(header.loopCount),\"labels\":\(labels),\"frames\":[\n"
                .utf8)
        for (index, frame) in frames.enumerated() {
            out += Array("[\(frame.isKeyframe ? 1 : 0),[".utf8)
            for (n, patch) in frame.patches.enumerated() {
                let r = patch.rect
                out += Array("\(n == 0 ? "" : ",")[\(r.x),\(r.y),\(r.width),\(r.height),\"".utf8)
                Base64.append(patch.png, to: &out)
                out += Array("\",\(patch.isOverlay ? 1 : 0)]".utf8)
            }
            out += Array("]]\(index == frames.count - 1 ? "" : ",")\n".utf8)
        }
        out += Array("]}".utf8)
    }

    /// Seconds as whole milliseconds (at least 1; durations are validated before they get here).
    static func milliseconds(_ seconds: Double) -> Int {
        let ms = (seconds * 1000).rounded()
        return ms.isFinite ? Int(min(max(ms, 1), 3_600_000)) : 1
    }

    /// `text` as a JSON string that is also safe inside a `<script>` element: `<` is written `\u003c`, so no
    /// `</script>` or `<!--` can appear.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "<": out += "\\u003c"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// "ko" when `text` contains Hangul, else "en" (the script decides a label's language the same way): the page
    /// takes its title's language, the frame label its own; the controls and help are English.
    static func language(of text: String) -> String {
        let hangul = text.unicodeScalars.contains {
            (0xAC00...0xD7A3).contains($0.value) || (0x1100...0x11FF).contains($0.value)
                || (0x3130...0x318F).contains($0.value)
        }
        return hangul ? "ko" : "en"
    }
}
