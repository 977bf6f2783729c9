/// The player's style sheet: light and dark (`prefers-color-scheme`), large enough controls to tap, the picture
/// scaled down (never up) to fit a narrow screen, system fonts only (DejaVu Sans for Latin and digits first,
/// then Nanum for Hangul, as the figures use).
enum PlayerStyle {
    /// The CSS for frames `width` pixels wide.
    static func css(width: Int) -> String {
        """
        :root { color-scheme: light dark; --ink: #1a1a1a; --muted: #555; --page: #fff; --rule: #ccc;
          --button: #f2f2ef; --focus: #1f5fa8; }
        @media (prefers-color-scheme: dark) {
          :root { --ink: #e6e6e6; --muted: #aaa; --page: #141414; --rule: #444; --button: #262626; --focus: #8ab4f8; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: var(--page); line-height: 1.5;
          font-family: "DejaVu Sans", "NanumGothic", "Noto Sans KR", sans-serif; }
        main { max-width: calc(\(width)px + 2rem); margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.3rem; line-height: 1.3; margin: 0 0 .75rem; }
        canvas { display: block; width: 100%; max-width: \(width)px; height: auto; border: 1px solid var(--rule); }
        .controls { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; margin: .6rem 0 .3rem; }
        button { font: inherit; min-width: 2.75rem; min-height: 2.75rem; color: var(--ink); background: var(--button);
          border: 1px solid var(--rule); border-radius: .35rem; cursor: pointer; }
        button:disabled { opacity: .5; cursor: default; }
        button:focus-visible, input:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        input[type=range] { flex: 1 1 12rem; min-height: 2.75rem; accent-color: var(--focus); }
        output { min-width: 6rem; text-align: right; font-variant-numeric: tabular-nums; }
        #label { min-height: 1.5em; margin: .3rem 0; }
        .help { color: var(--muted); font-size: .85rem; margin: .3rem 0; }
        """
    }
}
