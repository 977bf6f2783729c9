/// One figure on the live page: its section (heading, picture, captions, controls, numbers, command line,
/// downloads) and its rendering: a moved control asks `GET /figures/{id}.{svg|png|gif}` with the changed
/// parameters at most every 30 ms while a slider moves (typing waits for a 250 ms pause). The latest request
/// wins: while one younger than 250 ms is on its way the newest state waits and follows it (so a drag shows as
/// many pictures as the server can draw); an older one is aborted; a stale reply is dropped. The picture is
/// shown from a blob URL (the old one revoked); a refusal is shown under the control it names while the last
/// good picture stays.
enum LivePageFigureScript {
    static let text = #"""
        // ---- one figure: its section and its rendering
        const SLIDE_SPACING = 30;
        const SLIDE_WAIT = 30;
        const TYPE_WAIT = 250;
        const ABORT_AFTER = 250;
        const MAX_IN_FLIGHT = 3;

        const enc = (text) => encodeURIComponent(text).replace(/%2C/g, ',');
        /** A query string of (name, value) pairs, commas left readable. */
        function encodeQuery(pairs) { return pairs.map(([name, value]) => `${enc(name)}=${enc(value)}`).join('&'); }

        class FigureView {
          constructor(figure, settings, page) {
            this.figure = figure;
            this.id = figure.id;
            this.page = page;
            this.animated = figure.formats.includes('gif');
            const changed = (how) => this.changed(how);
            this.controls = figure.parameters.map((p) => makeControl(this.id, p, changed));
            this.settings = settings.filter((p) => p.name !== 'lang').map((p) => makeControl(this.id, p, changed, true));
            this.motion = figure.animationParameters.map((p) => makeControl(this.id, p, changed));
            Object.assign(this, { playing: false, visible: false, stale: true, shownKey: null,
              url: null, renders: 0, lastStart: -Infinity, timer: null, inFlight: new Map(), asked: 0, answered: 0,
              again: false, newestKey: null });
            this.section = this.build();
          }

          build() {
            const f = this.figure;
            this.image = el('img', { alt: `${f.summary.ko} — ${f.summary.en}`, width: 640, height: 480 });
            this.error = el('p', { class: 'error', role: 'alert', hidden: true });
            this.numbers = makeNumbers(this.id);
            this.command = makeCommand(this.id);
            this.files = el('p', { class: 'files' });
            const reset = el('button', { type: 'button', class: 'reset' }, bilingual('초기화', 'reset'));
            reset.addEventListener('click', () => this.reset());
            this.play = this.animated ? el('button', { type: 'button', class: 'play', 'aria-pressed': 'false' },
              bilingual('▶ 재생', 'play')) : null;
            this.play?.addEventListener('click', () => this.setPlaying(!this.playing));
            this.motionGroup = this.motion.length ? el('fieldset', { class: 'controls', hidden: true },
              el('legend', {}, bilingual('애니메이션', 'animation')), this.motion.map((c) => c.element)) : null;
            const more = el('details', { class: 'more' }, el('summary', {}, bilingual('설정', 'size, title, dpi')),
              this.settings.map((c) => c.element));
            const controls = el('div', { class: 'controls', role: 'group', 'aria-label': `${f.id} parameters` },
              this.controls.map((c) => c.element), this.motionGroup, more, this.error,
              el('div', { class: 'buttons' }, this.play, reset));
            const caption = el('figcaption', {},
              el('p', { lang: 'ko', text: f.caption.ko }), el('p', { lang: 'en', class: 'en', text: f.caption.en }));
            return el('section', { id: f.id, 'data-renders': 0, 'aria-busy': 'false' },
              el('h2', {}, el('span', { class: 'ref', lang: 'en', text: f.book }), f.summary.ko, ' ',
                el('span', { class: 'en', lang: 'en', text: f.summary.en })),
              el('figure', { class: 'live' }, el('div', { class: 'shot' }, this.image), controls, caption),
              this.numbers.element, this.command.element, this.files);
          }

          /** Every control: the figure's parameters, the settings, the animation's. */
          get all() { return [...this.controls, ...this.settings, ...this.motion]; }

          /** The (name, value) pairs that differ from the defaults: parameters, settings, language, then motion. */
          changes(moving) {
            const differ = (c) => c.get() !== c.spec.default;
            const pairs = [...this.controls, ...this.settings].filter(differ).map((c) => [c.name, c.get()]);
            if (this.page.lang !== 'ko') pairs.push(['lang', this.page.lang]);
            if (moving) pairs.push(...this.motion.filter(differ).map((c) => [c.name, c.get()]));
            return pairs;
          }

          /** The changed controls, as `<id>.<name>=value` pairs of the page's address. */
          addressPairs() {
            const pairs = this.all
              .filter((c) => c.get() !== c.spec.default).map((c) => [`${this.id}.${c.name}`, c.get()]);
            if (this.playing) pairs.push([`${this.id}.play`, '1']);
            return pairs;
          }

          /** Sets the controls from the page's address. */
          restore(params) {
            for (const c of this.all) {
              const value = params.get(`${this.id}.${c.name}`);
              if (value !== null) c.set(value);
            }
            if (this.animated && params.get(`${this.id}.play`) === '1') this.setPlaying(true, false);
          }

          changed(how) {
            this.page.remember();
            const now = performance.now();
            const wait = how === 'type' ? TYPE_WAIT : Math.max(0, Math.min(SLIDE_WAIT, this.lastStart + SLIDE_SPACING - now));
            clearTimeout(this.timer);
            this.timer = setTimeout(() => { this.timer = null; this.render(); }, wait);
          }

          setPlaying(playing, render = true) {
            this.playing = playing;
            this.play.setAttribute('aria-pressed', String(playing));
            this.play.replaceChildren(...(playing ? bilingual('■ 정지', 'still') : bilingual('▶ 재생', 'play')));
            if (this.motionGroup) this.motionGroup.hidden = !playing;
            if (render) { this.page.remember(); this.render(); }
          }

          reset() {
            for (const c of this.all) c.set(c.spec.default);
            if (this.playing) this.setPlaying(false, false);
            this.page.remember();
            this.render();
          }

          setVisible(visible) {
            this.visible = visible;
            if (visible && this.stale) this.render();
          }

          /**
           * Asks for the figure as the controls say, unless the newest request already asks for it. Up to
           * MAX_IN_FLIGHT requests may be on their way (a drag then shows as many pictures as the server draws);
           * a reply older than the newest answered one is dropped and the requests before an answer are aborted.
           */
          async render() {
            if (!this.visible) { this.stale = true; return; }
            this.stale = false;
            const format = this.playing ? 'gif' : this.page.format;
            const still = this.changes(false);
            const moving = this.changes(true);
            const pairs = format === 'gif' ? moving : still;
            const key = `${format}?${encodeQuery(pairs)}`;
            if (key === this.newestKey) return;
            const now = performance.now();
            this.abortWhere((r) => now - r.started > ABORT_AFTER);
            if (this.inFlight.size >= MAX_IN_FLIGHT) { this.again = true; return; }
            this.again = false;
            if (key === this.shownKey) {
              this.abortWhere(() => true);
              this.newestKey = key;
              this.clearErrors();
              return;
            }
            const seq = ++this.asked;
            const request = { controller: new AbortController(), started: now };
            this.inFlight.set(seq, request);
            Object.assign(this, { newestKey: key, lastStart: now });
            this.section.setAttribute('aria-busy', 'true');
            const ask = (ext, q) => fetch(`/figures/${this.id}.${ext}${q ? `?${q}` : ''}`, { signal: request.controller.signal });
            try {
              const picture = await ask(format, encodeQuery(pairs));
              const answer = picture.ok ? await picture.blob()
                : await picture.json().catch(() => ({ error: `HTTP ${picture.status}` }));
              if (seq < this.answered) return;
              this.answered = seq;
              this.abortWhere((_, s) => s < seq);
              if (!picture.ok) { this.refused(answer.error || `HTTP ${picture.status}`); return; }
              this.clearErrors();
              await this.show(answer, key);
              this.command.set(commandLine(this.id, format, pairs));
              this.links(still, moving);
              // The numbers only for the newest request: during a fast drag the pictures go first.
              this.numbers.stale();
              if (seq !== this.asked) return;
              const numbers = await ask('csv', encodeQuery(still));
              const csv = numbers.ok ? await numbers.text() : '';
              if (seq === this.asked) this.numbers.show(csv);
            } catch (error) {
              if (error.name !== 'AbortError' && seq >= this.answered) this.refused(String(error.message || error));
            } finally {
              this.inFlight.delete(seq);
              if (this.inFlight.size === 0) this.section.setAttribute('aria-busy', 'false');
              if (this.again) this.render();
            }
          }

          /** Aborts the requests on their way for which `test(request, seq)` holds. */
          abortWhere(test) {
            for (const [seq, request] of this.inFlight) {
              if (test(request, seq)) { request.controller.abort(); this.inFlight.delete(seq); }
            }
            if (![...this.inFlight.keys()].some((seq) => seq === this.asked)) this.newestKey = this.shownKey;
          }

          /** Shows a rendered picture from a blob URL, then revokes the one it replaces. */
          async show(blob, key) {
            const old = this.url;
            const url = URL.createObjectURL(blob);
            this.url = url;
            this.image.src = url;
            let decoded = true;
            try { await this.image.decode(); } catch (_) { decoded = false; }
            if (old) URL.revokeObjectURL(old);
            if (this.url !== url) return;  // a newer picture replaced it (then its decoding fails: no matter)
            if (!decoded) { this.refused('the browser could not show the picture'); return; }
            this.shownKey = key;
            this.renders += 1;
            // The picture's own size, so that the next one (usually the same size) moves nothing on the page.
            Object.assign(this.image, { width: this.image.naturalWidth, height: this.image.naturalHeight });
            Object.assign(this.section.dataset, { renders: this.renders, shown: key });
          }

          /** The server refused: its message under the control it names (else under the controls). */
          refused(message) {
            this.clearErrors();
                        const named = this.all.find((c) => message.startsWith(`--${c.name}`) || message.includes(`--${c.name} `)
              || message.includes(`--${c.name}:`) || message.includes(`'${c.name}'`));
            if (named) named.fail(message);
            else { this.error.textContent = message; this.error.hidden = false; }
            this.section.dataset.refused = message;
          }

          clearErrors() {
            for (const c of this.all) c.clear();
            this.error.hidden = true;
            delete this.section.dataset.refused;
          }

          /** Download links for every format of the figure: the still's parameters, the GIF's with its motion. */
          links(still, moving) {
            const anchors = this.figure.formats.map((ext) => {
              const q = encodeQuery(ext === 'gif' ? moving : still);
              return el('a', { href: `/figures/${this.id}.${ext}${q ? `?${q}` : ''}`, download: `${this.id}.${ext}`,
                text: ext.toUpperCase() });
            });
            this.files.replaceChildren(...bilingual('내려받기', 'download'), ': ', ...anchors.flatMap((a) => [a, ' ']));
          }
        }

        """#
}
