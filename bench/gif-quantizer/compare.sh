#!/usr/bin/env bash
# Our GIF quantizer beside libimagequant on the same frames: for each animated figure, `dlplot-dev bench-gif`
# draws the frames, encodes them with dlplot's GIF encoder (size, encoder time, error) and writes them as raw
# RGBA; compare.c quantizes the same frames with libimagequant and writes its GIF the same way.
#
#   bench/gif-quantizer/compare.sh [FIGURE...]     (default: every animated figure; needs libimagequant-dev,
#                                                   libgif-dev and a release build of dlplot-dev)
# libimagequant is GPL-3.0+: it is only measured here, never linked into dlplot.
set -euo pipefail
cd "$(dirname "$0")/../.."
DEV=${DLPLOT_DEV:-.build/release/dlplot-dev}
OUT=${OUT:-.build/gif-quantizer}
mkdir -p "$OUT"
cc -O2 -o "$OUT/compare" bench/gif-quantizer/compare.c $(pkg-config --cflags --libs imagequant) -lgif -lm
FIGURES=("$@")
[[ ${#FIGURES[@]} -gt 0 ]] || FIGURES=(gradient-descent learning-rates tangent gradient-field training-loss training-accuracy surface-3d)
for figure in "${FIGURES[@]}"; do
  rm -rf "$OUT/$figure" && mkdir -p "$OUT/$figure"
  "$DEV" bench-gif "$figure" --frames-dir "$OUT/$figure" --out "$OUT/$figure-dlplot.gif"
  # dlplot picks 63, 127 or 255 colours (the smallest whose antialiased blends stay within 5 RGB levels on
  # average): libimagequant at each of the three sizes, to compare like with like.
  for colors in 63 127 255; do
    echo "  libimagequant at $colors colours: $("$OUT/compare" "$OUT/$figure" "$OUT/$figure-libimagequant-$colors.gif" "$colors")"
  done
done
