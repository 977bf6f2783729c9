#!/usr/bin/env bash
# Plotting benchmark (part of `make bench`; a benchmark, not a test):
#   1. builds dlplot in release mode;
#   2. renders a 1,000,000-point line to a 640×480 PNG in process (`dlplot bench-line --check`: time, and the
#      pixel difference from the unsimplified drawing);
#   3. times dlplot's versions of the six benchmark figures (PNG + SVG, whole process, `dlplot bench-figures`)
#      beside matplotlib, gnuplot and C on Cairo in one run of ../shared/bench/run_baselines.sh, which also
#      reports peak RSS and output sizes. Ratios within one run are what to compare (the machine's speed drifts).
# Knobs: BASELINES (default /work/shared/bench), OUT (default /tmp/dlplot-baselines), RUNS, WARMUP (passed on).
set -euo pipefail
cd "$(dirname "$0")/.."
BASELINES=${BASELINES:-/work/shared/bench}
[[ -x $BASELINES/run_baselines.sh || -f $BASELINES/run_baselines.sh ]] || {
    echo "bench-plot: $BASELINES/run_baselines.sh not found (set BASELINES to the folder holding it)" >&2; exit 1; }

echo "== building dlplot (release)"
swift build -c release --product dlplot 2>&1 | tail -1
BIN=$(swift build -c release --show-bin-path)/dlplot

echo "== 1,000,000-point line → 640×480 PNG, in process"
"$BIN" bench-line --points 1000000 --repeat 5 --check
/usr/bin/time -f "   peak RSS %M KiB" "$BIN" bench-line --points 1000000 --repeat 1 >/dev/null

echo "== six figures, PNG + SVG, whole process, beside the baselines"
DLPLOT_CMD="$BIN bench-figures --out-dir {OUT}" bash "$BASELINES/run_baselines.sh"
