/// The live page's controls, generated from a parameter of `GET /figures` (nothing is declared per figure):
/// a slider with a number field beside it for a bounded number (logarithmic for a learning rate `lr` and for
/// positive ranges over more than two decades), a field per value for a fixed-count `numbers` or an `interval`,
/// a text field for an expression or a free-count list, a select for choices and matrix indices. Every control
/// reports `(value as typed, how it was moved)` and shows the server's message under itself when it is refused.
enum LivePageControlsScript {
    static let text = #"""
        // ---- controls: one per parameter spec of GET /figures
        const SLIDER_POSITIONS = 1000;

        /** An element with attributes (`text` sets its text) and children. */
        function el(tag, attributes = {}, ...children) {
          const node = document.createElement(tag);
          for (const [name, value] of Object.entries(attributes)) {
            if (value === undefined || value === null || value === false) continue;
            if (name === 'text') node.textContent = value;
            else node.setAttribute(name, value === true ? '' : String(value));
          }
          for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
          return node;
        }

        /** Korean text, then its English in the muted style (as on the report page). */
        function bilingual(ko, en) {
          return [ko, ' ', el('span', { class: 'en', lang: 'en', text: en })];
        }

        /** A value shown short: 4 significant digits (the exact value stays in the CSV and the title). */
        function short(text) {
          const value = Number(text);
          if (text.trim() === '' || !Number.isFinite(value)) return text;
          if (Number.isInteger(value) && Math.abs(value) < 1e9) return String(value);
          return String(Number(value.toPrecision(4)));
        }

        const usable = (bound) => typeof bound === 'number' && Math.abs(bound) <= 1e9;

        /** How a number parameter maps onto a slider, or null when it gets a field only (unbounded ranges). */
        function sliderScale(p) {
          if (p.kind !== 'number' && p.kind !== 'integer') return null;
          const integer = p.kind === 'integer';
          const given = p.default !== '' && Number.isFinite(Number(p.default)) ? Number(p.default) : null;
          const positiveOnly = p.minimum === 0 && p.minimumInclusive === false;
          const wide = p.minimum > 0 && (!usable(p.maximum) || p.maximum / p.minimum > 100);
          if (p.name === 'lr' || positiveOnly || wide) {
            let lo = p.minimum > 0 ? p.minimum : 0;
            let hi = usable(p.maximum) ? p.maximum : Infinity;
            if (given !== null && given > 0) {
              // Around the default: a learning rate from 1/1000 of it, anything else from 1/100, up to 100 times it.
              lo = Math.max(lo, given / (p.name === 'lr' ? 1000 : 100));
              hi = Math.min(hi, given * 100);
            }
            if (!(lo > 0 && hi > lo && hi !== Infinity)) return null;
            return { log: true, integer, lo, hi };
          }
          if (!usable(p.minimum) || !usable(p.maximum) || !(p.maximum > p.minimum)) return null;
          return { log: false, integer, lo: p.minimum, hi: p.maximum };
        }

        /** A slider step of 1, 2 or 5 times a power of ten, about a thousandth of the range. */
        function niceStep(span) {
          const raw = span / SLIDER_POSITIONS;
          const power = 10 ** Math.floor(Math.log10(raw));
          return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= raw);
        }

        function configureSlider(slider, scale) {
          if (scale.log) Object.assign(slider, { min: 0, max: SLIDER_POSITIONS, step: 1 });
          else Object.assign(slider, { min: scale.lo, max: scale.hi, step: scale.integer ? 1 : niceStep(scale.hi - scale.lo) });
        }

        /** The value a slider position stands for, as text. */
        function sliderValue(slider, scale) {
          if (!scale.log) return String(Number(Number(slider.value).toPrecision(6)));
          const value = scale.lo * (scale.hi / scale.lo) ** (Number(slider.value) / SLIDER_POSITIONS);
          return scale.integer ? String(Math.round(value)) : String(Number(value.toPrecision(3)));
        }

        /** Puts the slider where `text` is (at an end when it lies outside; unchanged when it is no number). */
        function placeSlider(slider, scale, text) {
          const value = Number(text);
          if (text.trim() === '' || !Number.isFinite(value)) return;
          if (!scale.log) { slider.value = String(value); }
          else {
            const at = value > 0 ? Math.log(value / scale.lo) / Math.log(scale.hi / scale.lo) : 0;
            slider.value = String(Math.round(Math.min(1, Math.max(0, at)) * SLIDER_POSITIONS));
          }
          slider.setAttribute('aria-valuetext', text);
        }

        /** The fields a parameter's value is typed into, with their labels. */
        function fieldsOf(p) {
          if (p.kind === 'interval') return ['lo', 'hi'];
          if (p.kind === 'numbers' && p.count && p.count[0] === p.count[1] && p.count[0] <= 4) {
            return Array.from({ length: p.count[0] }, (_, i) => `${i + 1}/${p.count[0]}`);
          }
          return null;
        }

        /** The options of a select: the choices, or every row,column of a matrix index. */
        function optionsOf(p) {
          if (p.kind === 'choice') return p.choices || [];
          if (p.kind === 'matrixIndex' && p.count && p.count[0] * p.count[1] <= 400) {
            return Array.from({ length: p.count[0] * p.count[1] }, (_, i) => `${Math.floor(i / p.count[1])},${i % p.count[1]}`);
          }
          return null;
        }

        /**
         * The control of parameter `p` of figure `id`. `changed(how)` is called on every move: how is 'slide' for
         * sliders and number fields, 'type' for free text. `plain` leaves the slider out (the settings).
         */
        function makeControl(id, p, changed, plain = false) {
          const base = `${id}-${p.name}`;
          const help = el('small', { class: 'help', id: `${base}-help`, lang: 'en', text: p.help });
          const error = el('p', { class: 'error', id: `${base}-error`, role: 'alert', hidden: true });
          const described = `${base}-help ${base}-error`;
          const options = optionsOf(p);
          const parts = fieldsOf(p);
          // A parameter whose default is the figure's own ('' : auto) gets no slider: it would show a value not used.
          const scale = plain || p.default === '' ? null : sliderScale(p);
          let inputs;
          let get;
          let set;
          let element;
          if (options) {
            const select = el('select', { id: base, 'aria-describedby': described },
              options.map((o) => el('option', { value: o, text: o })));
            select.addEventListener('change', () => changed('slide'));
            inputs = [select];
            get = () => select.value;
            set = (text) => { select.value = options.includes(text) ? text : p.default; };
            element = el('div', { class: 'control', 'data-param': p.name },
              el('label', { for: base, text: p.name }), select, help, error);
          } else if (parts) {
            inputs = parts.map((part, i) => el('input', {
              type: 'text', class: 'number', id: i === 0 ? base : `${base}-${i}`, inputmode: 'decimal',
              autocomplete: 'off', spellcheck: 'false', 'aria-label': `${p.name} ${part}`, 'aria-describedby': described,
            }));
            for (const input of inputs) input.addEventListener('input', () => changed('slide'));
            get = () => inputs.map((input) => input.value.trim()).join(',');
            set = (text) => { const values = text.split(','); inputs.forEach((input, i) => { input.value = values[i] ?? ''; }); };
            element = el('fieldset', { class: 'control', 'data-param': p.name },
              el('legend', { text: p.name }), el('div', { class: 'row' }, inputs), help, error);
          } else {
            const numeric = p.kind === 'number' || p.kind === 'integer';
            const field = el('input', {
              type: 'text', id: base, class: numeric ? 'number' : 'wide', autocomplete: 'off', spellcheck: 'false',
              inputmode: numeric ? (p.kind === 'integer' ? 'numeric' : 'decimal') : null,
              placeholder: p.default === '' ? 'auto' : null, 'aria-describedby': described,
            });
            inputs = [field];
            let slider = null;
            if (scale) {
              slider = el('input', { type: 'range', id: `${base}-slider`, 'aria-label': `${p.name} (slider)`,
                'aria-describedby': `${base}-help` });
              configureSlider(slider, scale);
              slider.addEventListener('input', () => { field.value = sliderValue(slider, scale); slider.setAttribute('aria-valuetext', field.value); changed('slide'); });
            }
            field.addEventListener('input', () => { if (slider) placeSlider(slider, scale, field.value); changed(numeric ? 'slide' : 'type'); });
            get = () => field.value.trim();
            set = (text) => { field.value = text; if (slider) placeSlider(slider, scale, text); };
            element = el('div', { class: 'control', 'data-param': p.name },
              el('label', { for: base, text: p.name }), el('div', { class: 'row' }, slider, field), help, error);
          }
          set(p.default);
          return {
            name: p.name, spec: p, element,
            get, set,
            /** Shows the server's message under the control and marks its fields invalid. */
            fail(message) {
              error.textContent = message;
              error.hidden = false;
              for (const input of inputs) input.setAttribute('aria-invalid', 'true');
            },
            clear() {
              error.hidden = true;
              error.textContent = '';
              for (const input of inputs) input.removeAttribute('aria-invalid');
            },
          };
        }

        """#
}
