#!/usr/bin/env bash
# Plotting benchmark (part of `make bench`; a benchmark, not a test):
#   1. builds dlplot in release mode with --static-swift-stdlib, as `make release` does (STATIC=0 for a dynamic
#      build): measured here, static linking saves ~6 MiB of RSS and ~5 ms of start-up
#      (the dynamic loader resolving Swift's and Foundation's symbols);
#   2. renders a 1,000,000-point line to a 640×480 PNG in process (`dlplot bench-line --check`: time, and the
#      pixel difference from the unsimplified drawing), with its peak RSS;
#   3. times dlplot's versions of the six benchmark figures (PNG + SVG, whole process, `dlplot bench-figures`,
#      files written as the CLI writes them: atomically, fsync'd) beside matplotlib, gnuplot and C on Cairo in
#      one run of run_baselines.sh, which also reports peak RSS and output sizes;
#   4. times the same command without fsync (the baselines do not fsync) beside C on Cairo.
# Ratios within one run are what to compare: the machine's speed drifts.
# Knobs: BASELINES (folder of run_baselines.sh, default ../shared/bench), STATIC (default 1), and OUT, RUNS, WARMUP
# (passed on to run_baselines.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
BASELINES=${BASELINES:-../shared/bench}
[[ -f $BASELINES/run_baselines.sh ]] || {
    echo "bench-plot: $BASELINES/run_baselines.sh not found (set BASELINES to the folder holding it)" >&2; exit 1; }
BUILD=(swift build -c release --product dlplot)
[[ ${STATIC:-1} != 0 ]] && BUILD+=(--static-swift-stdlib)  # the same build as make release

echo "== building dlplot (${BUILD[*]})"
"${BUILD[@]}" 2>&1 | tail -1
BIN=$("${BUILD[@]}" --show-bin-path)/dlplot

echo "== 1,000,000-point line → 640×480 PNG, in process"
"$BIN" bench-line --points 1000000 --repeat 5 --check
/usr/bin/time -f "   peak RSS %M KiB" "$BIN" bench-line --points 1000000 --repeat 1 >/dev/null

echo "== six figures, PNG + SVG, whole process, beside the baselines"
DLPLOT_CMD="$BIN bench-figures --out-dir {OUT}" bash "$BASELINES/run_baselines.sh"

if command -v hyperfine >/dev/null; then
    OUTDIR=${OUT:-/tmp/dlplot-baselines}
    echo "== fsync's share: dlplot with and without fsync beside C on Cairo"
    hyperfine -N --style basic --warmup "${WARMUP:-2}" --runs "${RUNS:-20}" \
        "$BIN bench-figures --out-dir $OUTDIR/dlplot" \
        "$BIN bench-figures --out-dir $OUTDIR/dlplot --no-fsync" \
        "$OUTDIR/baseline_cairo $OUTDIR/cairo" 2>&1 | grep -E "Benchmark|Time|Range"
fi
