/// The page's style sheet: readable at phone width, light and dark (`prefers-color-scheme`), a print layout, no
/// external resources. `dlplot serve`'s live page starts from it and adds its controls' rules (`LivePageStyle`).
///
/// Fonts: a font with good Latin letters and digits comes first (DejaVu Sans, the font the figures are drawn
/// in; the usual system fonts where it is missing), the Korean fonts after it, so Hangul comes from Nanum (or
/// the system's Korean font) and everything else, superscripts such as ² included, from a Latin font.
/// NanumGothic first drew ² at a fraction of the digits' size.
///
/// Print: no heading is left alone at the foot of a page (`break-after: avoid`), a figure and a table row are
/// never split, tables take the page's width and wrap their numbers, animations and link lists are left out.
package enum ReportStyle {
    /// The font stack of all text but code.
    static let fontFamily =
        #""DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, "Noto Sans KR", "NanumGothic", "Malgun Gothic", "Apple SD Gothic Neo", sans-serif"#

    package static let css = """
        :root { color-scheme: light dark; --ink: #1a1a1a; --muted: #555; --rule: #ddd; --code: #f5f5f2; --link: #1f5fa8;
          --page: #fff; --head: #fafafa; --warning: #8a4b00; --sans: \(fontFamily); }
        @media (prefers-color-scheme: dark) {
          :root { --ink: #e6e6e6; --muted: #a9a9a9; --rule: #3d3d3d; --code: #1f1f1f; --link: #8ab4f8;
            --page: #131313; --head: #1c1c1c; --warning: #f2b15a; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: var(--page); line-height: 1.55; font-family: var(--sans); }
        header, main, footer { max-width: 56rem; margin: 0 auto; padding: 0 1rem; }
        header { padding-top: 1.5rem; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .5rem; }
        h2 { font-size: 1.25rem; line-height: 1.3; margin: 2.5rem 0 .5rem; border-top: 1px solid var(--rule); padding-top: 1.25rem; }
        h3 { font-size: 1.05rem; margin: 1.5rem 0 .4rem; }
        .en { color: var(--muted); }
        .ref { display: inline-block; font-size: .85rem; font-weight: normal; color: var(--muted);
          border: 1px solid var(--rule); border-radius: .3rem; padding: 0 .4rem; margin-right: .3rem; vertical-align: middle; }
        nav ol { padding-left: 1.3rem; columns: 2 16rem; margin: .5rem 0; }
        figure { margin: .75rem 0; }
        .views { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
        .views.wide { width: min(calc(100vw - 3rem), 82rem); margin-left: calc((100% - min(calc(100vw - 3rem), 82rem)) / 2);
          justify-content: center; }
        .views > * { flex: 1 1 20rem; max-width: max-content; }
        .views img { display: block; max-width: 100%; height: auto; border: 1px solid var(--rule); background: #fff; }
        .animation .files { margin: .3rem 0 0; }
        figcaption p { margin: .4rem 0; }
        pre { background: var(--code); padding: .6rem .8rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; border-radius: .3rem; font-size: .85rem; }
        code { font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; }
        a { color: var(--link); }
        .files a { margin-right: .6rem; }
        .warning { color: var(--warning); }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
        th, td { border: 1px solid var(--rule); padding: .3rem .55rem; text-align: left; vertical-align: top; }
        td.num { font-family: "DejaVu Sans Mono", monospace; text-align: right; overflow-wrap: anywhere; }
        td.num.array { text-align: left; min-width: 12rem; }
        th { background: var(--head); }
        footer { color: var(--muted); font-size: .85rem; padding-bottom: 2rem; }
        @media (max-width: 30rem) { h1 { font-size: 1.3rem; } h2 { font-size: 1.1rem; } }
        @media (max-width: 40rem) {
          table.cards thead { display: none; }
          table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; width: 100%; }
          table.cards tr { border: 1px solid var(--rule); border-radius: .3rem; margin-bottom: .7rem; }
          table.cards td { border: none; border-bottom: 1px solid var(--rule); text-align: left; min-width: 0; }
          table.cards td::before { content: attr(data-label); display: block; font-family: var(--sans);
            font-size: .75rem; color: var(--muted); }
        }
        @media print {
          :root { color-scheme: light; --ink: #000; --muted: #444; --rule: #aaa; --code: #f2f2f2; --link: #000;
            --page: #fff; --head: #eee; --warning: #000; }
          body { font-size: 10pt; line-height: 1.4; }
          header, main, footer { max-width: none; padding: 0; }
          h1, h2, h3 { break-after: avoid; break-inside: avoid; }
          h2 { margin-top: 1.2rem; }
          figure, pre, tr, .views img { break-inside: avoid; }
          .views, .views.wide { display: block; width: auto; margin: 0; }
          .views img { max-height: 60vh; width: auto; }
          .animation, .files, nav { display: none; }
          a { text-decoration: none; }
          .table-wrap { overflow: visible; }
          table { width: 100%; font-size: 8pt; }
          th, td { padding: .2rem .3rem; }
          td { overflow-wrap: anywhere; }
          td:first-child { white-space: nowrap; overflow-wrap: normal; }
          td.num.array { min-width: 0; }
        }
        """
}
