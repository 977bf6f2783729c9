#!/usr/bin/env bash
# Golden-image check, run by `make test` after the unit tests (needs the release binary: `make release`).
#  1. `dlplot compare` answers 0 / 1 / 2 as documented (same; different, of another size or unreadable; a
#     malformed tolerance).
#  2. Every catalogue figure (and every animation, as GIF) is rendered twice: once by `dlplot all` (one process,
#     catalogue order) and once one process per figure in reverse order; both renders must match byte for byte
#     (SVG, PDF, GIF) and pixel for pixel (PNG) — the determinism check.
#  3. `dlplot-dev golden check` compares the first render with the committed goldens in figures/: the environment
#     fingerprint first, then PNG pixels, canonical SVG text and the SVG's rsvg-convert rasterisation, and each
#     GIF decoded by giflib: frame count, delays, plays and every pixel of every frame.
#  4. The same for the library's gallery (Examples/Gallery → gallery/), rendered twice by plotting-gallery.
# Failures leave evidence (expected.png, actual.png, diff.png, report.json, index.html) in the folder printed.
# Recording is never done here: accept new images with `make golden` and commit figures/.
set -euo pipefail
BIN=${DLPLOT_BIN:-.build/release/dlplot}
DEV_BIN=${DLPLOT_DEV_BIN:-.build/release/dlplot-dev}
GOLDENS=${DLPLOT_GOLDENS:-figures}
WORK=$(realpath -m "${DLPLOT_GOLDEN_WORK:-.build/golden}")
FORMATS=(png svg pdf)

[ -x "$BIN" ] || { echo "golden-check: $BIN is missing: run make release" >&2; exit 1; }
[ -x "$DEV_BIN" ] || { echo "golden-check: $DEV_BIN is missing: run make release" >&2; exit 1; }
if [ ! -f "$GOLDENS/ENVIRONMENT.json" ]; then
  if [ "${CI:-}" = true ]; then
    echo "golden-check: FAIL no goldens recorded in $GOLDENS/ (no ENVIRONMENT.json); CI never records: run make golden locally and commit $GOLDENS/" >&2
    exit 1
  fi
  echo "golden-check: SKIPPED no goldens recorded in $GOLDENS/ yet: run make golden and commit $GOLDENS/ (in CI this fails)" >&2
  exit 0
fi
rm -rf "$WORK"
mkdir -p "$WORK/fresh" "$WORK/second" "$WORK/cli"

# 1. The compare command's exit codes on real figures.
"$BIN" all --out-dir "$WORK/fresh" --formats "$(IFS=,; echo "${FORMATS[*]}")" --animations gif >/dev/null
mapfile -t ids < <(cd "$WORK/fresh" && ls -1 -- *.png | sed 's/\.png$//' | sort -r)
[ "${#ids[@]}" -ge 1 ] || { echo "golden-check: dlplot all rendered ${#ids[@]} figures into $WORK/fresh; expected the catalogue" >&2; exit 1; }
expect_status() {  # expected-status description command...
  local want=$1 what=$2; shift 2
  local got=0; "$@" >"$WORK/cli/out" 2>&1 || got=$?
  if [ "$got" != "$want" ]; then
    echo "golden-check: dlplot compare $what: exit $got, expected $want: $(head -c 300 "$WORK/cli/out")" >&2; exit 1
  fi
}
a="$WORK/fresh/${ids[0]}.png"
"$BIN" "${ids[0]}" --title "golden-check" --out "$WORK/cli/titled.png" >/dev/null
"$BIN" "${ids[0]}" --width 5 --out "$WORK/cli/narrower.png" >/dev/null
head -c 200 "$a" >"$WORK/cli/truncated.png"
expect_status 0 "same image" "$BIN" compare "$a" "$a"
expect_status 1 "same figure with a title" "$BIN" compare "$a" "$WORK/cli/titled.png" --diff "$WORK/cli/diff.png"
expect_status 1 "different sizes" "$BIN" compare "$a" "$WORK/cli/narrower.png"
expect_status 1 "truncated PNG" "$BIN" compare "$a" "$WORK/cli/truncated.png"
expect_status 1 "missing file" "$BIN" compare "$a" "$WORK/cli/missing.png"
expect_status 2 "malformed fuzz" "$BIN" compare "$a" "$a" --fuzz "maxDifference=2-1;totalPixels=0-40"
[ ! -e "$WORK/cli/size-diff.png" ] || rm "$WORK/cli/size-diff.png"
expect_status 1 "different sizes, --diff" "$BIN" compare "$a" "$WORK/cli/narrower.png" --diff "$WORK/cli/size-diff.png"
[ ! -e "$WORK/cli/size-diff.png" ] || { echo "golden-check: dlplot compare wrote a diff image for images of different sizes" >&2; exit 1; }
echo "golden-check: dlplot compare exit codes 0/1/2 as documented"

# 2. The second render: one process per figure and format, in reverse catalogue order.
for id in "${ids[@]}"; do
  for format in "${FORMATS[@]}"; do "$BIN" "$id" --out "$WORK/second/$id.$format" >/dev/null; done
  if [ -f "$WORK/fresh/$id.gif" ]; then "$BIN" "$id" --animate --out "$WORK/second/$id.gif" >/dev/null; fi
done

# 3. Environment, goldens, determinism.
status=0
"$DEV_BIN" golden check --goldens "$GOLDENS" --fresh "$WORK/fresh" --second "$WORK/second" --evidence "$WORK/evidence" || status=$?

# 4. The library's gallery (Examples/Gallery): rendered twice, compared with the committed gallery/.
GALLERY_BIN=${GALLERY_BIN:-.build/release/plotting-gallery}
GALLERY=${DLPLOT_GALLERY:-gallery}
if [ -d "$GALLERY" ]; then
  [ -x "$GALLERY_BIN" ] || { echo "golden-check: $GALLERY_BIN is missing: run make release" >&2; exit 1; }
  "$GALLERY_BIN" "$WORK/gallery-fresh" && "$GALLERY_BIN" "$WORK/gallery-second" || exit 1
  "$DEV_BIN" golden check --goldens "$GALLERY" --fresh "$WORK/gallery-fresh" --second "$WORK/gallery-second" \
    --evidence "$WORK/gallery-evidence" || status=$?
fi
exit "$status"
