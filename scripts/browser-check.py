#!/usr/bin/env python3
"""Checks in headless Chromium that the report page shows its animations and that each offline player plays.

Usage: python3 scripts/browser-check.py FOLDER   (a folder written by `dlplot all --animations gif,html --html`)

A wrapper page (in a scratch folder) loads FOLDER/index.html and every player FOLDER/<id>.html in iframes
(`--allow-file-access-from-files` lets it look inside them), waits (in virtual time) until every player has
decoded its frames and every image has loaded, lets them play two seconds, and writes what it found into its own DOM, which `--dump-dom` prints:
  - every <img> of the report page that shows a GIF has loaded (naturalWidth > 0), and there is one per player;
  - every player started by itself (data-state "playing" or "ended"), its frame counter moved past the first
    frame, and stepping with the → key moves it on by one;
  - the browser's console shows no error (Chromium prints console messages to stderr with --enable-logging).
Prints one line per check and ends with "browser-check: N passed, 0 failed"; exit 1 on any failure, 2 when
Chromium is missing (make deps-test installs it)."""
import glob
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

WRAPPER = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>browser-check</title></head><body>
<iframe id="report" src="%(report)s" width="1200" height="900"></iframe>
%(players)s
<pre id="result">pending</pre>
<script>
function frameOf(doc) { const p = doc && doc.getElementById("player"); return p ? Number(p.dataset.frame) : -1; }
function stateOf(doc) { const p = doc && doc.getElementById("player"); return p ? p.dataset.state : "missing"; }
function report() {
  const result = { gifs: [], players: {} };
  const page = document.getElementById("report").contentDocument;
  for (const img of page ? page.querySelectorAll("img") : []) {
    if (/\\.gif$/.test(img.getAttribute("src") || "")) result.gifs.push({ src: img.getAttribute("src"), width: img.naturalWidth });
  }
  for (const frame of document.querySelectorAll("iframe.player")) {
    const doc = frame.contentDocument;
    const entry = { state: stateOf(doc), frame: frameOf(doc) };
    if (doc && doc.getElementById("player")) {
      doc.getElementById("play").click();  // pause where it is (it was playing)
      const before = frameOf(doc), last = Number(doc.getElementById("seek").max);
      doc.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
      entry.stepped = before < last ? frameOf(doc) - before : 1;
      entry.counter = doc.getElementById("counter").textContent;
    }
    result.players[frame.dataset.name] = entry;
  }
  document.getElementById("result").textContent = JSON.stringify(result);
}
// Wait (in virtual time) until every player has decoded its frames and left "loading", and every image of the
// report has finished loading, then let them play two seconds more, and report; give up after 40 s.
let waited = 0;
function poll() {
  const page = document.getElementById("report").contentDocument;
  const images = page ? [...page.querySelectorAll("img")] : [];
  const ready = images.length > 0 && images.every((img) => img.complete) &&
    [...document.querySelectorAll("iframe.player")].every((f) => !["loading", "missing"].includes(stateOf(f.contentDocument)));
  waited += 250;
  if (ready || waited >= 40000) setTimeout(report, 2000); else setTimeout(poll, 250);
}
setTimeout(poll, 250);
</script></body></html>
"""


def main(argv):
    if len(argv) != 1:
        raise SystemExit(__doc__)
    folder = os.path.abspath(argv[0])
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not browser:
        print("browser-check: chromium is missing; install it with make deps-test (apt-get install chromium)", file=sys.stderr)
        return 2
    players = sorted(p for p in glob.glob(os.path.join(folder, "*.html")) if os.path.basename(p) != "index.html")
    if not os.path.isfile(os.path.join(folder, "index.html")) or not players:
        print(f"browser-check: FAIL {folder} has no index.html or no player pages", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        frames = "\n".join(
            f'<iframe class="player" data-name="{html.escape(os.path.basename(p))}" src="file://{html.escape(p)}" width="700" height="600"></iframe>'
            for p in players)
        wrapper = os.path.join(scratch, "wrapper.html")
        with open(wrapper, "w") as f:
            f.write(WRAPPER % {"report": html.escape("file://" + os.path.join(folder, "index.html")), "players": frames})
        done = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
             "--enable-logging=stderr", "--v=0", f"--user-data-dir={scratch}/profile",
             "--virtual-time-budget=60000", "--dump-dom", "file://" + wrapper],
            capture_output=True, text=True, timeout=120)
    found = re.search(r'<pre id="result">(.*?)</pre>', done.stdout, re.S)
    passed = failed = 0

    def check(ok, line):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"browser-check: FAIL {line}", file=sys.stderr)

    if not found or found.group(1) == "pending":
        check(False, f"the wrapper page did not finish (exit {done.returncode}): {done.stderr.strip()[-300:]}")
    else:
        result = json.loads(html.unescape(found.group(1)))
        gifs = result["gifs"]
        check(len(gifs) == len(players), f"the report shows {len(gifs)} GIFs for {len(players)} player pages")
        for gif in gifs:
            check(gif["width"] > 0, f"report: {gif['src']} did not load")
        for name, entry in sorted(result["players"].items()):
            check(entry["state"] in ("playing", "ended") and entry["frame"] > 0,
                  f"{name}: did not play by itself (state {entry['state']}, frame {entry['frame']})")
            check(entry.get("stepped") == 1, f"{name}: the → key moved {entry.get('stepped')} frames, not 1")
        print(f"browser-check: report shows {len(gifs)} animations; {len(result['players'])} players play and step")
    errors = [line for line in done.stderr.splitlines() if "CONSOLE" in line and ("Uncaught" in line or ":ERROR:" in line)]
    check(not errors, f"console errors: {errors[:3]}")
    print(f"browser-check: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
