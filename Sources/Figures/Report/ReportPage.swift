import Core

/// `figures/index.html`: every figure with its Korean and English captions, book reference, the command that
/// redraws it and links to its files, then the chapter's numbers as tables. Self-contained (CSS inline, images
/// by relative link), valid HTML5, deterministic (no dates).
public enum ReportPage {
    /// The page for `entries`, whose files exist as `<id>.<format>` beside it for each of `formats`
    /// (extensions such as "png", "svg", "pdf"). The image shown is the SVG if present, else the PNG.
    /// The training run is described from `trainingSeries` (by default the series the training figures draw).
    public static func html(
        entries: [ReportEntry], formats: [String],
        trainingSeries: Result<TrainingSeries, TrainingSeriesUnavailable> = Result {
            () throws(TrainingSeriesUnavailable) in try TrainingSeriesSource.load()
        }
    ) throws -> String {
        let image = formats.contains("svg") ? "svg" : formats.contains("png") ? "png" : formats.first
        var page = """
            <!DOCTYPE html>
            <html lang="ko">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>dlplot — 밑바닥부터 시작하는 딥러닝 4장 그림 (Deep Learning from Scratch, chapter 4 figures)</title>
            <style>
            \(ReportStyle.css)
            </style>
            </head>
            <body>
            <header>
            <h1>밑바닥부터 시작하는 딥러닝 4장 「신경망 학습」의 그림 <span class="en" lang="en">— the figures of chapter 4, “Neural-network learning”</span></h1>
            <p>『밑바닥부터 시작하는 딥러닝』(사이토 고키, 한빛미디어) 4장의 그림과 본문에 인쇄된 수치를 <code>dlplot</code>으로 다시 계산하고 그렸습니다. 각 그림 아래의 명령으로 매개변수를 바꿔 다시 그릴 수 있습니다.</p>
            <p class="en" lang="en">Every figure and printed number of chapter 4 of <i>Deep Learning from Scratch</i>, recomputed and drawn by <code>dlplot</code>. The command under each figure redraws it; change its parameters to explore.</p>
            <p>그래프 라이브러리(<code>Plotting</code>)로 그린 일상적인 차트는 <a href="../gallery/index.html">갤러리</a>에 코드와 함께 있습니다. <span class="en" lang="en">The library's everyday charts (bar, histogram, error bars, scatter, heatmap, twin and shared axes) are in the <a href="../gallery/index.html">gallery</a>, each beside its Swift code.</span></p>
            <nav aria-label="그림 목록 / Figures">
            <ol>

            """
        for entry in entries {
            let f = entry.figure
            page +=
                "<li><a href=\"#\(HTML.escape(f.id))\">\(HTML.escape(f.book.short)) \(HTML.escape(f.summary.ko))</a></li>\n"
        }
        page +=
            "<li><a href=\"#training-run\">4.5절 학습 실행 <span class=\"en\" lang=\"en\">(the training run)</span></a></li>\n"
        page +=
            "<li><a href=\"#numbers\">본문의 수치 <span class=\"en\" lang=\"en\">(the chapter’s numbers)</span></a></li>\n</ol>\n</nav>\n</header>\n<main>\n"
        for entry in entries {
            page += FigureSection.html(entry, image: image, formats: formats)
        }
        page += TrainingRunSection.html(series: trainingSeries)
        page += try ChapterNumbersSection.html()
        page += """
            </main>
            <footer>
            <p lang="en">dlplot \(HTML.escape(CoreInfo.version)) · <code>make figures</code> regenerates this page and every file it links; the same input gives the same bytes.</p>
            </footer>
            </body>
            </html>

            """
        return page
    }
}
