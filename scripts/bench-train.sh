#!/usr/bin/env bash
# Part of `make bench`: section 4.5's training (784-50-10 net, 10,000 iterations of 100, lr 0.1, 17 evaluations
# on the full sets) timed in one run for
#   - dlplot train (release build, OpenBLAS sgemm: the default),
#   - dlplot train --kernel swift (the blocked SIMD Swift kernel, for comparison),
#   - ../shared/bench/train_numpy.py (the same training in numpy),
# and printed as a small table: wall time of the whole process (loading included), first loss, final accuracies.
# Data: $DLPLOT_DATA or Debian's dataset-fashion-mnist. Set BENCH_SKIP_SWIFT_KERNEL=1 to skip the slow row.
# On some processors this machine sets OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE for older OpenBLAS builds; they slow
# a current numpy, so the numpy command alone runs with both unset, and the OpenBLAS kernel and threads numpy then
# uses are printed (threadpoolctl). dlplot's runs keep the environment as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release/dlplot
NUMPY_SCRIPT=../shared/bench/train_numpy.py
DATA=${DLPLOT_DATA:-/usr/share/datasets/fashion-mnist}

if [ ! -d "$DATA" ]; then
    echo "bench-train: no data folder $DATA; install it with 'make deps-data' (apt-get install dataset-fashion-mnist) or set DLPLOT_DATA" >&2
    exit 1
fi
[ -x "$BIN" ] || swift build -c release --product dlplot >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
rows=()

# dlplot train with extra options; adds a table row "name|seconds|first loss|train acc|test acc".
time_dlplot() {
    local name=$1; shift
    local start end
    start=$(now)
    "$BIN" train --data-dir "$DATA" --seed 1 --out "$work/$name.json" --quiet "$@"
    end=$(now)
    rows+=("$(python3 - "$work/$name.json" "$name" "$start" "$end" <<'PY'
import json, sys
series = json.load(open(sys.argv[1]))
last = series["accuracies"][-1]
print(f'{sys.argv[2]}|{float(sys.argv[4]) - float(sys.argv[3]):.2f}|{series["losses"][0]:.4f}|{last["train"]:.4f}|{last["test"]:.4f}')
PY
)")
}

time_dlplot "dlplot train (OpenBLAS sgemm)"
if [ "${BENCH_SKIP_SWIFT_KERNEL:-0}" != 1 ]; then
    time_dlplot "dlplot train --kernel swift" --kernel swift
fi

if [ -f "$NUMPY_SCRIPT" ] && python3 -c "import numpy" 2>/dev/null; then
    numpy_env=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE)
    echo "bench-train: numpy runs with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset" \
        "(here: ${OPENBLAS_CORETYPE:-unset} and ${OPENBLAS_L2_SIZE:-unset})" >&2
    python3 -c "import threadpoolctl" 2>/dev/null || python3 -m pip install -q threadpoolctl >/dev/null 2>&1 || true
    "${numpy_env[@]}" python3 - >&2 <<'PY' || echo "bench-train: could not tell numpy's BLAS kernel (threadpoolctl failed); going on" >&2
try:
    import numpy, threadpoolctl
except ImportError:
    print("bench-train: threadpoolctl not available (pip install threadpoolctl); numpy's BLAS kernel not shown")
else:
    pools = [p for p in threadpoolctl.threadpool_info() if p.get("user_api") == "blas"]
    for p in pools:
        print(f"bench-train: numpy {numpy.__version__} uses {p.get('internal_api')} {p.get('version')}, "
              f"kernel {p.get('architecture')}, {p.get('num_threads')} threads")
    if not pools:
        print("bench-train: threadpoolctl finds no BLAS in numpy")
PY
    start=$(now)
    "${numpy_env[@]}" python3 "$NUMPY_SCRIPT" "$DATA" >"$work/numpy.txt"
    end=$(now)
    # "load 1.22s train 14.02s first loss 2.2975 last loss 0.4520 final acc train 0.8688 test 0.8513 points 17"
    rows+=("$(python3 - "$work/numpy.txt" "$start" "$end" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
first = re.search(r"first loss ([0-9.]+)", text).group(1)
train, test = re.search(r"final acc train ([0-9.]+) test ([0-9.]+)", text).groups()
print(f'numpy (train_numpy.py)|{float(sys.argv[3]) - float(sys.argv[2]):.2f}|{first}|{train}|{test}')
PY
)")
else
    echo "bench-train: $NUMPY_SCRIPT or numpy not available; timing dlplot only" >&2
fi

printf '%-34s %9s %11s %10s %9s\n' "training (section 4.5)" "wall (s)" "first loss" "train acc" "test acc"
for row in "${rows[@]}"; do
    IFS='|' read -r name seconds first train test <<<"$row"
    printf '%-34s %9s %11s %10s %9s\n' "$name" "$seconds" "$first" "$train" "$test"
done
python3 - "${rows[@]}" <<'PY'
import sys
rows = {r.split("|")[0]: float(r.split("|")[1]) for r in sys.argv[1:]}
blas = rows.get("dlplot train (OpenBLAS sgemm)")
numpy = next((v for k, v in rows.items() if k.startswith("numpy")), None)
if blas and numpy:
    print(f"dlplot takes {blas / numpy:.2f} of numpy's time ({numpy / blas:.1f}x faster; target: at most 1/3)")
PY
