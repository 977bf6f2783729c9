#!/usr/bin/env bash
# The command line's whole-process times (part of `make bench`; a benchmark, not a test), with hyperfine:
#   - `dlplot all --out-dir DIR --formats png,svg,pdf --html`: every catalogue figure in three formats plus the
#     report page (what `make figures` runs; target under 1 s);
#   - `dlplot gradient-field --out f.svg`: one figure (target under 30 ms median).
# Writes into a temporary folder; the committed figures/ is not touched. Knobs: RUNS (default 10), WARMUP (3).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-3}
command -v hyperfine >/dev/null || { echo "bench-cli: hyperfine is not installed (apt-get install hyperfine)" >&2; exit 1; }

swift build -c release --static-swift-stdlib --product dlplot 2>&1 | tail -1  # as make release
BIN=$(swift build -c release --show-bin-path)/dlplot
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

hyperfine -N --warmup "$WARMUP" --runs "$RUNS" \
    -n "dlplot all (every figure × png,svg,pdf + index.html)" "$BIN all --out-dir $WORK/all --formats png,svg,pdf --html" \
    -n "dlplot gradient-field --out f.svg" "$BIN gradient-field --out $WORK/f.svg"
