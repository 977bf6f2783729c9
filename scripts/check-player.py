#!/usr/bin/env python3
"""Plays a dlplot HTML animation player in headless Chromium and checks that it works.

    python3 scripts/check-player.py figures/gradient-descent.html [--shots DIR]

Drives Chromium through the DevTools protocol over --remote-debugging-pipe (standard library only, no
websocket module) and checks, in order:
  - the page loads with no script error and starts playing (unless it has one frame): the frame counter
    advances within 3 s;
  - space pauses; Home, ArrowRight, ArrowLeft and End move to the right frame, and the counter and label follow;
  - every frame drawn by stepping from frame 0 has the same canvas pixels as the same frame reached by moving
    the slider straight to it (keyframes and patches compose correctly), for up to 40 frames.
With --shots, writes DIR/player-light.png and DIR/player-dark.png (prefers-color-scheme emulated) to look at.
Exits 0 when everything holds, 1 with one line per failure otherwise. Not part of `make test` (it waits on
the wall clock); run it on the players `make figures` writes.
"""
import os, sys, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from chromium import Chromium, split_shots  # noqa: E402


KEYS = {"Space": (" ", "Space", 32, " "), "Home": ("Home", "Home", 36), "End": ("End", "End", 35),
        "Right": ("ArrowRight", "ArrowRight", 39), "Left": ("ArrowLeft", "ArrowLeft", 37)}
STATE = ("(() => { const p = document.getElementById('player'); return [p.dataset.state, Number(p.dataset.frame),"
         " document.getElementById('counter').textContent, document.getElementById('label').textContent]; })()")
SEEK = "(() => { const s = document.getElementById('seek'); s.value = %d; s.dispatchEvent(new Event('input')); })()"
PIXELS = "document.getElementById('screen').toDataURL()"


def check(path, shots):
    failures = []
    browser = Chromium()
    try:
        browser.send("Page.navigate", {"url": "file://" + os.path.abspath(path)})
        count = None
        deadline = time.time() + 3
        frames_seen = set()
        while time.time() < deadline:
            time.sleep(0.05)
            try:
                state = browser.eval(STATE)
                count = count or int(browser.eval("Number(document.getElementById('seek').max) + 1"))
            except RuntimeError:
                continue
            frames_seen.add(state[1])
            if count == 1 or len(frames_seen) >= 3:
                break
        if count is None:
            return ["the player did not load"]
        if count > 1 and len(frames_seen) < 3:
            failures.append(f"the player did not play: frames seen in 3 s: {sorted(frames_seen)}")
        if count > 1:
            browser.key(*KEYS["Space"])
            if browser.eval(STATE)[0] != "paused":
                failures.append("space did not pause")
            expected = [("Home", 0), ("Right", 1), ("Right", min(2, count - 1)), ("Left", min(1, count - 1)),
                        ("End", count - 1)]
            for key, frame in expected:
                browser.key(*KEYS[key])
                state = browser.eval(STATE)
                if state[1] != frame or state[2] != f"{frame + 1} / {count}":
                    failures.append(f"after {key} the player shows {state[1]} ({state[2]}), expected frame {frame}")
            for frame in range(min(count, 40)):
                browser.eval(SEEK % 0)
                for _ in range(frame):
                    browser.key(*KEYS["Right"])
                stepped = browser.eval(PIXELS)
                browser.key(*KEYS["End"])
                browser.eval(SEEK % frame)
                if browser.eval(PIXELS) != stepped:
                    failures.append(f"frame {frame}: stepping and seeking draw different pixels")
        errors = [e for e in browser.events if e.get("method") == "Runtime.exceptionThrown"]
        failures += [f"script error: {e['params']['exceptionDetails'].get('text')}" for e in errors]
        if shots:
            os.makedirs(shots, exist_ok=True)
            browser.eval(SEEK % (count // 2))
            browser.screenshot(os.path.join(shots, "player-light.png"), dark=False)
            browser.screenshot(os.path.join(shots, "player-dark.png"), dark=True)
        print(f"check-player: {path}: {count} frames, {len(failures)} failure(s)")
    finally:
        browser.close()
    return failures


if __name__ == "__main__":
    arguments, shots = split_shots(sys.argv[1:])
    if len(arguments) != 1 or not os.path.isfile(arguments[0]):
        sys.exit("usage: check-player.py PLAYER.html [--shots DIR]")
    problems = check(arguments[0], shots)
    for problem in problems:
        print(f"check-player: {problem}", file=sys.stderr)
    sys.exit(1 if problems else 0)
