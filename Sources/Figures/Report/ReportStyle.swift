/// The page's style sheet: readable at phone width, a Korean font stack, no external resources.
enum ReportStyle {
    static let css = """
        :root { --ink: #1a1a1a; --muted: #555; --rule: #ddd; --code: #f5f5f2; --link: #1f5fa8; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #fff; line-height: 1.55;
          font-family: "Noto Sans KR", "NanumGothic", "Malgun Gothic", "Apple SD Gothic Neo", "DejaVu Sans", sans-serif; }
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
        figure img { display: block; max-width: 100%; height: auto; border: 1px solid var(--rule); }
        figcaption p { margin: .4rem 0; }
        pre { background: var(--code); padding: .6rem .8rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; border-radius: .3rem; font-size: .85rem; }
        code { font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; }
        a { color: var(--link); }
        .files a { margin-right: .6rem; }
        .warning { color: #8a4b00; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
        th, td { border: 1px solid var(--rule); padding: .3rem .55rem; text-align: left; vertical-align: top; }
        td.num { font-family: "DejaVu Sans Mono", monospace; text-align: right; overflow-wrap: anywhere; }
        td.num.array { text-align: left; min-width: 12rem; }
        th { background: #fafafa; }
        footer { color: var(--muted); font-size: .85rem; padding-bottom: 2rem; }
        @media (max-width: 30rem) { h1 { font-size: 1.3rem; } h2 { font-size: 1.1rem; } }
        @media (max-width: 40rem) {
          table.cards thead { display: none; }
          table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; width: 100%; }
          table.cards tr { border: 1px solid var(--rule); border-radius: .3rem; margin-bottom: .7rem; }
          table.cards td { border: none; border-bottom: 1px solid #eee; text-align: left; min-width: 0; }
          table.cards td::before { content: attr(data-label); display: block; font-family: "Noto Sans KR", "NanumGothic", sans-serif;
            font-size: .75rem; color: var(--muted); }
        }
        """
}
