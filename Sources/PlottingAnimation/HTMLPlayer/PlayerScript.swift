/// The player's script, inline in the page (no network, nothing but the page's own data).
///
/// It reads the JSON data block (`PlayerPage`): frame size, durations in ms, plays (0: forever), labels, and
/// for each frame `[isKeyframe, [[x, y, width, height, base64 PNG, isOverlay], …]]`. All PNGs are decoded before
/// the first frame is shown. Frame k is drawn from the keyframe at or before it, then each later frame's patches
/// in order (or, when playing forward, just frame k's own patches over frame k − 1). An overlay is drawn over the
/// canvas (its transparent pixels are the unchanged ones); any other patch replaces its rectangle (cleared
/// first, so its transparent pixels stay transparent). Playback waits each frame's own duration;
/// it starts by itself unless the reader prefers reduced motion. The page's `#player` element tells a test
/// where it is: `data-frame` (0-based) and `data-state` ("loading", "playing", "paused", or "ended" once the
/// loop count's plays are over). The frame's label is announced (aria-live) only while paused, so a screen
/// reader is not flooded during playback, with its language (Korean when it has Hangul).
enum PlayerScript {
    static let source = #"""
        "use strict";
        (() => {
          const data = JSON.parse(document.getElementById("player-data").textContent);
          const n = data.frames.length;
          const $ = (id) => document.getElementById(id);
          const canvas = $("screen"), context = canvas.getContext("2d");
          const playButton = $("play"), back = $("back"), forward = $("forward");
          const seek = $("seek"), counter = $("counter"), label = $("label"), player = $("player");
          const keyframeAtOrBefore = [];
          let key = 0;
          const frames = data.frames.map(([isKeyframe, patches], i) => {
            if (isKeyframe) key = i;
            keyframeAtOrBefore.push(key);
            return patches.map(([x, y, w, h, png, overlay]) => {
              const image = new Image();
              image.src = "data:image/png;base64," + png;
              return { x, y, w, h, image, overlay };
            });
          });
          let shown = -1, playing = false, timer = 0, plays = 0;

          function paint(i) {
            for (const p of frames[i]) {
              if (!p.overlay) context.clearRect(p.x, p.y, p.w, p.h);
              context.drawImage(p.image, p.x, p.y);
            }
          }

          function show(k) {
            k = Math.max(0, Math.min(n - 1, k));
            if (k !== shown) {
              const keyframe = keyframeAtOrBefore[k];
              const from = shown >= keyframe && shown < k ? shown + 1 : keyframe;
              for (let i = from; i <= k; i++) paint(i);
              shown = k;
            }
            seek.value = String(k);
            counter.textContent = (k + 1) + " / " + n;
            player.dataset.frame = String(k);
            if (data.labels) {
              label.textContent = data.labels[k];
              label.lang = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/.test(data.labels[k]) ? "ko" : "en";
            }
          }

          function setPlaying(on) {
            playing = on;
            clearTimeout(timer);
            playButton.textContent = on ? "\u275A\u275A" : "\u25B6";
            playButton.setAttribute("aria-label", on ? "Pause" : "Play");
            playButton.setAttribute("aria-pressed", on ? "true" : "false");
            label.setAttribute("aria-live", on ? "off" : "polite");
            player.dataset.state = on ? "playing" : "paused";
          }

          function tick() {
            if (shown === n - 1) {
              plays += 1;
              if (data.plays !== 0 && plays >= data.plays) {
                setPlaying(false);
                player.dataset.state = "ended";
                return;
              }
              show(0);
            } else {
              show(shown + 1);
            }
            timer = setTimeout(tick, data.durations[shown]);
          }

          function play() {
            if (n < 2) return;
            if (shown === n - 1) show(0);
            plays = 0;
            setPlaying(true);
            timer = setTimeout(tick, data.durations[shown]);
          }

          function pauseAndShow(k) {
            setPlaying(false);
            show(k);
          }

          function start() {
            show(0);
            for (const control of [playButton, back, forward, seek]) control.disabled = n < 2;
            if (!matchMedia("(prefers-reduced-motion: reduce)").matches) play();
          }

          playButton.addEventListener("click", () => (playing ? setPlaying(false) : play()));
          back.addEventListener("click", () => pauseAndShow(shown - 1));
          forward.addEventListener("click", () => pauseAndShow(shown + 1));
          seek.addEventListener("input", () => pauseAndShow(Number(seek.value)));
          document.addEventListener("keydown", (event) => {
            if (event.altKey || event.ctrlKey || event.metaKey || n < 2) return;
            const onButton = event.target instanceof HTMLButtonElement;
            if (onButton && (event.key === " " || event.key === "Enter")) return;
            const actions = {
              " ": () => (playing ? setPlaying(false) : play()),
              ArrowLeft: () => pauseAndShow(shown - 1),
              ArrowRight: () => pauseAndShow(shown + 1),
              Home: () => pauseAndShow(0),
              End: () => pauseAndShow(n - 1),
            };
            const action = actions[event.key];
            if (!action) return;
            event.preventDefault();
            action();
          });

          Promise.all(frames.flat().map((p) => p.image.decode())).then(start, () => {
            label.textContent = "The frames could not be decoded.";
          });
        })();
        """#
}
