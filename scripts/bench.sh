#!/usr/bin/env bash
# `make bench`: runs every scripts/bench-*.sh in turn (plotting beside matplotlib/gnuplot/C-on-Cairo, training beside numpy).
set -euo pipefail
cd "$(dirname "$0")/.."
for s in scripts/bench-*.sh; do
    [ -e "$s" ] || continue
    echo "== $s"
    bash "$s"
done
