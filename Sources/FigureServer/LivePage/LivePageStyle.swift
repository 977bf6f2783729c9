import Figures

/// The live page's style sheet (`/live.css`): the report page's (`ReportStyle`: fonts, colours, light and dark)
/// plus the rules of the live parts: the sticky switches, a figure beside its controls on a wide window and
/// above them on a narrow one, sliders with their number fields, inline errors, the numbers, the command line.
enum LivePageStyle {
    static let text = ReportStyle.css + "\n" + live

    private static let live = #"""
        :root { --error: #b3261e; --accent: #1f5fa8; --field: #fff; }
        @media (prefers-color-scheme: dark) { :root { --error: #ff8a80; --accent: #8ab4f8; --field: #1b1b1b; } }
        [hidden] { display: none !important; }
        main section { scroll-margin-top: 3.5rem; }
        main { max-width: 72rem; }
        header { max-width: 72rem; }
        .switches { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem;
          align-items: center; background: var(--page); border-bottom: 1px solid var(--rule); padding: .5rem 1rem;
          max-width: 72rem; margin: 0 auto; }
        .switches label { display: inline-flex; gap: .4rem; align-items: center; }
        nav ol { columns: 2 22rem; column-gap: 3rem; padding-left: 2rem; font-size: .9rem; }
        nav li { break-inside: avoid; }
        .live { display: grid; grid-template-columns: minmax(0, 3fr) minmax(15rem, 2fr); gap: .5rem 1.5rem;
          grid-template-areas: "shot controls" "caption controls"; grid-template-rows: auto 1fr; align-items: start;
          margin: .75rem 0; }
        .live > .shot { grid-area: shot; }
        .live > .controls { grid-area: controls; }
        .live > figcaption { grid-area: caption; }
        @media (max-width: 46rem) {
          .live { grid-template-columns: minmax(0, 1fr); grid-template-areas: "shot" "controls" "caption";
            grid-template-rows: auto; }
        }
        .shot { margin: .25rem 0 0; }
        .shot img { display: block; width: 100%; height: auto; border: 1px solid var(--rule); background: #fff; }
        /* No picture yet (a link whose first request was refused): an empty white frame, not a broken image. */
        .shot img:not([src]) { aspect-ratio: 4 / 3; visibility: hidden; }
        .shot:has(img:not([src])) { outline: 1px solid var(--rule); outline-offset: -1px; background: #fff; }
        section[aria-busy="true"] .shot img { opacity: .85; }
        .controls { display: grid; gap: .55rem; margin: .25rem 0; }
        .control { margin: 0; padding: 0; border: 0; min-width: 0; }
        .control > label, .control > legend { display: block; padding: 0; font-weight: bold; font-size: .9rem; }
        .control .row { display: flex; flex-wrap: wrap; gap: .35rem .5rem; align-items: center; }
        .control .help { display: block; color: var(--muted); font-size: .78rem; line-height: 1.35; }
        .control input[type="range"] { flex: 1 1 8rem; min-width: 6rem; margin: 0; accent-color: var(--accent); }
        input[type="text"], select, button { font: inherit; font-size: .9rem; color: var(--ink); }
        input[type="text"], select { background: var(--field); border: 1px solid var(--muted); border-radius: .25rem;
          padding: .2rem .35rem; }
        input.number { width: 6.5rem; font-family: "DejaVu Sans Mono", monospace; }
        input.wide { width: 100%; font-family: "DejaVu Sans Mono", monospace; }
        input[aria-invalid="true"] { border-color: var(--error); outline: 2px solid var(--error); outline-offset: -1px; }
        .error { color: var(--error); font-size: .85rem; margin: .2rem 0 0; overflow-wrap: anywhere; }
        button { background: var(--head); border: 1px solid var(--muted); border-radius: .3rem; padding: .25rem .7rem;
          cursor: pointer; }
        button[aria-pressed="true"] { background: var(--accent); color: var(--page); border-color: var(--accent); }
        button[aria-pressed="true"] .en { color: inherit; }
        button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible, a:focus-visible {
          outline: 3px solid var(--accent); outline-offset: 1px; }
        input[aria-invalid="true"]:focus-visible { outline-color: var(--error); }
        .buttons { display: flex; flex-wrap: wrap; gap: .5rem; }
        details.more > summary { cursor: pointer; font-size: .9rem; color: var(--muted); }
        details.more[open] { display: grid; gap: .55rem; }
        .numbers { margin: .5rem 0 0; }
        .numbers.stale .last { opacity: .55; }
        .numbers .last { margin: 0; font-family: "DejaVu Sans Mono", monospace; font-size: .95rem;
          overflow-wrap: anywhere; }
        .numbers .exact { display: block; margin: .3rem 0; overflow-wrap: anywhere; }
        .numbers details summary { cursor: pointer; font-size: .9rem; color: var(--muted); }
        .numbers .table-wrap { max-height: 20rem; overflow: auto; }
        .command { display: flex; gap: .5rem; align-items: flex-start; margin: .5rem 0; }
        .command pre { flex: 1 1 auto; margin: 0; min-width: 0; }
        .files { margin: .3rem 0 0; }
        .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        """#
}
