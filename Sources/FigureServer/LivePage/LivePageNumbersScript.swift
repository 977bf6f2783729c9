/// The live page's text around a figure: the chapter's numbers for the current parameters (the last row of
/// `GET /figures/{id}.csv`, labelled by the header, the exact row and the table behind a toggle), and the
/// command line that redraws the figure (shell-quoted, with a copy button).
enum LivePageNumbersScript {
    static let text = #"""
        // ---- numbers (the CSV's last row) and the command line
        const TABLE_ROWS = 200;

        /** The rows of a CSV text (RFC 4180: quoted fields may hold commas, quotes doubled). */
        function parseCSV(text) {
          const rows = [];
          let row = [];
          let field = '';
          let quoted = false;
          for (let i = 0; i < text.length; i++) {
            const c = text[i];
            if (quoted) {
              if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
              else if (c === '"') quoted = false;
              else field += c;
            } else if (c === '"') quoted = true;
            else if (c === ',') { row.push(field); field = ''; }
            else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
            else if (c !== '\r') field += c;
          }
          if (field !== '' || row.length) { row.push(field); rows.push(row); }
          return rows;
        }

        /**
         * The last row as a sentence: a column named after_<what> leads ("after 20 updates:"), every other column
         * follows as name = value, each value short with its exact text as its title.
         */
        function lastRowLine(header, last, count) {
          const lead = header.findIndex((name) => /^after_/.test(name));
          const parts = [];
          parts.push(lead >= 0 ? `after ${last[lead]} ${header[lead].slice(6).replace(/_/g, ' ')}: `
            : `last of ${count} row${count === 1 ? '' : 's'}: `);
          header.forEach((name, i) => {
            if (i === lead) return;
            if (parts.length > 1) parts.push(', ');
            parts.push(`${name} = `, el('span', { title: last[i] ?? '', text: short(last[i] ?? '') }));
          });
          return parts;
        }

        /** The numbers block of a figure: filled by `show(csvText)`. */
        function makeNumbers(id) {
          const line = el('p', { class: 'last', lang: 'en' });
          const exact = el('code', { class: 'exact', title: 'the last CSV row, exactly as dlplot --data writes it' });
          const table = el('div', { class: 'table-wrap' });
          const summary = el('summary', {}, bilingual('데이터', 'data'));
          const details = el('details', {}, summary, exact, table);
          let rows = [];
          details.addEventListener('toggle', () => { if (details.open) fillTable(); });
          function fillTable() {
            const shown = rows.length - 1 > TABLE_ROWS ? [rows[0], ...rows.slice(-TABLE_ROWS)] : rows;
            const head = el('tr', {}, shown[0].map((name) => el('th', { scope: 'col', text: name })));
            const body = shown.slice(1).map((row) => el('tr', {}, row.map((value) => el('td', { class: 'num', text: value }))));
            const note = rows.length - 1 > TABLE_ROWS ? el('caption', { text: `the last ${TABLE_ROWS} of ${rows.length - 1} rows` }) : null;
            table.replaceChildren(el('table', {}, note, el('thead', {}, head), el('tbody', {}, body)));
          }
          const element = el('div', { class: 'numbers', id: `${id}-numbers`, 'aria-live': 'polite' }, line, details);
          return {
            element,
            /** Marks the numbers as not yet those of the picture shown. */
            stale() { element.classList.add('stale'); },
            /** Shows the numbers of a CSV text ('' clears them). */
            show(text) {
              element.classList.remove('stale');
              rows = parseCSV(text).filter((row) => row.length > 1 || row[0] !== '');
              if (rows.length < 2) { line.replaceChildren(); exact.textContent = ''; return; }
              const last = rows[rows.length - 1];
              line.replaceChildren(...lastRowLine(rows[0], last, rows.length - 1));
              exact.textContent = text.trimEnd().split('\n').pop();
              summary.replaceChildren(...bilingual('데이터', `data (${rows.length - 1} rows, ${rows[0].length} columns)`));
              if (details.open) fillTable();
            },
          };
        }

        /** The text quoted for a POSIX shell when it holds anything but letters, digits and -_.,=/+ (as the CLI's). */
        function shellQuoted(text) {
          if (/^[A-Za-z0-9_.,=\/+-]+$/.test(text)) return text;
          return `'${text.split("'").join("'\\''")}'`;
        }

        /** `dlplot <id> [--animate] --name value … -o <id>.<format>` for the given (name, value) pairs. */
        function commandLine(id, format, pairs) {
          const words = ['dlplot', id];
          if (format === 'gif') words.push('--animate');
          for (const [name, value] of pairs) {
            words.push(value.startsWith('-') ? `--${name}=${shellQuoted(value)}` : `--${name} ${shellQuoted(value)}`);
          }
          words.push('-o', shellQuoted(`${id}.${format}`));
          return words.join(' ');
        }

        /** The command line block with its copy button (the clipboard API, else select and execCommand). */
        function makeCommand(id) {
          const code = el('code', { id: `${id}-command` });
          const label = el('span', {}, bilingual('복사', 'copy'));
          const button = el('button', { type: 'button', 'aria-describedby': `${id}-command` }, label);
          button.addEventListener('click', async () => {
            let done = false;
            try { await navigator.clipboard.writeText(code.textContent); done = true; } catch (_) {
              const range = document.createRange();
              range.selectNodeContents(code);
              const selection = window.getSelection();
              selection.removeAllRanges();
              selection.addRange(range);
              try { done = document.execCommand('copy'); } catch (_) { done = false; }
            }
            label.replaceChildren(...(done ? bilingual('복사됨', 'copied') : bilingual('복사 안 됨', 'not copied; select it')));
            setTimeout(() => label.replaceChildren(...bilingual('복사', 'copy')), 1500);
          });
          return {
            element: el('div', { class: 'command' }, el('pre', {}, code), button),
            set(text) { code.textContent = text; },
          };
        }

        """#
}
