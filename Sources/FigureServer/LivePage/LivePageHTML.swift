/// The live page's HTML (`GET /`): the frame the script (`/live.js`) fills with one section per figure from
/// `GET /figures`. No inline script or style (the page's Content-Security-Policy forbids both); without script it
/// says so and points at the API.
enum LivePageHTML {
    static let text = #"""
        <!DOCTYPE html>
        <html lang="ko">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>dlplot live — 4장 신경망 학습 (Chapter 4: Neural network learning)</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="/live.css">
        <script type="module" src="/live.js"></script>
        </head>
        <body>
        <header>
        <h1>4장 신경망 학습, 움직여 보기 <span class="en" lang="en">Chapter 4, live</span></h1>
        <p>컨트롤을 움직이면 그림을 다시 그립니다. 주소에 상태가 담겨 링크로 같은 화면을 열 수 있습니다.
        <span class="en" lang="en">Move a control and the figure is redrawn; the address holds the state, so a link
        opens the same view.</span></p>
        </header>
        <div class="switches" role="group" aria-label="보기 설정 (view settings)">
        <label for="lang">그림 언어 <span class="en" lang="en">figure language</span></label>
        <select id="lang"><option value="ko">한국어</option><option value="en" lang="en">English</option></select>
        <label for="format">보기 형식 <span class="en" lang="en">shown as</span></label>
        <select id="format"><option value="svg">SVG</option><option value="png">PNG</option></select>
        </div>
        <main id="figures">
        <nav aria-label="그림 목록 (figures)"><ol id="toc"></ol></nav>
        <p id="status">그림 목록을 읽는 중… <span class="en" lang="en">Loading the figures…</span></p>
        <noscript><p>이 페이지는 스크립트가 필요합니다. <span class="en" lang="en">This page needs script; the API is at
        <a href="/figures">/figures</a>.</span></p></noscript>
        </main>
        <footer><p>dlplot serve · <a href="/figures">/figures</a> (JSON)</p></footer>
        </body>
        </html>

        """#
}
