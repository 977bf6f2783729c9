/// The live page's script (`/live.js`, a module): reads `GET /figures`, builds one `FigureView` per figure,
/// keeps the state in the address (`?lang=en&format=png&gradient-descent.lr=0.2&tangent.play=1`, restored on
/// load), renders a figure only once it is near the window (IntersectionObserver), and re-renders the shown
/// figures when the language or the shown format changes. Served as one file made of its parts.
enum LivePageScript {
    static let text =
        "'use strict';\n" + LivePageControlsScript.text + LivePageNumbersScript.text + LivePageFigureScript.text + page

    private static let page = #"""
        // ---- the page: the listing, the switches, the address, lazy rendering
        const page = {
          lang: 'ko',
          format: 'svg',
          views: [],
          /** Writes the state into the address (history.replaceState: no history entry per slider step). */
          remember() {
            const pairs = [];
            if (this.lang !== 'ko') pairs.push(['lang', this.lang]);
            if (this.format !== 'svg') pairs.push(['format', this.format]);
            for (const view of this.views) pairs.push(...view.addressPairs());
            const query = encodeQuery(pairs);
            history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
          },
          /** Re-renders the figures in view; the others when they come into view. */
          renderAll() {
            this.remember();
            for (const view of this.views) { view.stale = true; if (view.visible) view.render(); }
          },
        };

        async function start() {
          const params = new URLSearchParams(location.search);
          page.lang = params.get('lang') === 'en' ? 'en' : 'ko';
          page.format = params.get('format') === 'png' ? 'png' : 'svg';
          const lang = document.getElementById('lang');
          const format = document.getElementById('format');
          lang.value = page.lang;
          format.value = page.format;
          lang.addEventListener('change', () => { page.lang = lang.value; page.renderAll(); });
          format.addEventListener('change', () => { page.format = format.value; page.renderAll(); });
          const status = document.getElementById('status');
          let listing;
          try {
            const reply = await fetch('/figures');
            if (!reply.ok) throw new Error(`GET /figures: HTTP ${reply.status}`);
            listing = await reply.json();
          } catch (error) {
            status.replaceChildren(...bilingual('그림 목록을 읽지 못했습니다.', `Could not read the figures: ${error.message}`));
            status.className = 'error';
            return;
          }
          const main = document.getElementById('figures');
          const toc = document.getElementById('toc');
          for (const figure of listing.figures) {
            const view = new FigureView(figure, listing.settings, page);
            view.restore(params);
            page.views.push(view);
            main.append(view.section);
            toc.append(el('li', {}, el('a', { href: `#${figure.id}` }, figure.summary.ko, ' ',
              el('span', { class: 'en', lang: 'en', text: figure.summary.en }))));
          }
          status.remove();
          const observer = new IntersectionObserver((entries) => {
            for (const entry of entries) {
              page.views.find((view) => view.section === entry.target)?.setVisible(entry.isIntersecting);
            }
          }, { rootMargin: '200px 0px' });
          for (const view of page.views) observer.observe(view.section);
          document.documentElement.dataset.ready = 'true';
        }

        start();

        """#
}
