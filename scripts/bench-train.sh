#!/usr/bin/env bash
# Part of `make bench`: section 4.5's training (784-50-10 net, 10,000 iterations of 100, lr 0.1, 17 evaluations
# on the full sets), timed side by side in one run for
#   - dlplot train (release build, OpenBLAS sgemm, both cores: the default),
#   - dlplot train --threads 1 (the same series on one core),
#   - dlplot train --kernel swift (the blocked SIMD Swift kernel, once, for comparison),
#   - ../shared/bench/train_numpy.py (the same training in numpy),
# each wall time the whole process (loading included). The first three and numpy alternate for BENCH_TRAIN_RUNS
# rounds (default 3), so a slow spell of a shared machine hits both; the table gives the median, minimum and
# maximum, and the ratio of medians is the issue's target (at most 1/3).
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
RUNS=${BENCH_TRAIN_RUNS:-3}
rows=()

# dlplot train with extra options; adds a row "name|seconds|first loss|train acc|test acc".
time_dlplot() {
    local name=$1; shift
    local start end
    start=$(now)
    "$BIN" train --data-dir "$DATA" --seed 1 --out "$work/run.json" --quiet "$@"
    end=$(now)
    rows+=("$(python3 - "$work/run.json" "$name" "$start" "$end" <<'PY'
import json, sys
series = json.load(open(sys.argv[1]))
last = series["accuracies"][-1]
print(f'{sys.argv[2]}|{float(sys.argv[4]) - float(sys.argv[3]):.3f}|{series["losses"][0]:.4f}|{last["train"]:.4f}|{last["test"]:.4f}')
PY
)")
}

have_numpy=0
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
    have_numpy=1
else
    echo "bench-train: $NUMPY_SCRIPT or numpy not available; timing dlplot only" >&2
fi

# numpy's run; adds a row like time_dlplot's.
time_numpy() {
    local start end
    start=$(now)
    "${numpy_env[@]}" python3 "$NUMPY_SCRIPT" "$DATA" >"$work/numpy.txt"
    end=$(now)
    # "load 1.22s train 14.02s first loss 2.2975 last loss 0.4520 final acc train 0.8688 test 0.8513 points 17"
    rows+=("$(python3 - "$work/numpy.txt" "$start" "$end" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
first = re.search(r"first loss ([0-9.]+)", text).group(1)
train, test = re.search(r"final acc train ([0-9.]+) test ([0-9.]+)", text).groups()
print(f'numpy (train_numpy.py)|{float(sys.argv[3]) - float(sys.argv[2]):.3f}|{first}|{train}|{test}')
PY
)")
}

for round in $(seq 1 "$RUNS"); do
    echo "bench-train: round $round of $RUNS" >&2
    time_dlplot "dlplot train (2 threads)"
    time_dlplot "dlplot train --threads 1" --threads 1
    if [ "$have_numpy" = 1 ]; then time_numpy; fi
done
if [ "${BENCH_SKIP_SWIFT_KERNEL:-0}" != 1 ]; then
    time_dlplot "dlplot train --kernel swift" --kernel swift
fi

python3 - "${rows[@]}" <<'PY'
import statistics, sys
groups = {}
for row in sys.argv[1:]:
    name, seconds, first, train, test = row.split("|")
    groups.setdefault(name, []).append((float(seconds), first, train, test))
print(f'{"training (section 4.5)":<30} {"runs":>4} {"median s":>9} {"min s":>7} {"max s":>7} {"first loss":>10} {"train acc":>9} {"test acc":>8}')
for name, runs in groups.items():
    times = [r[0] for r in runs]
    _, first, train, test = runs[-1]
    print(f"{name:<30} {len(runs):>4} {statistics.median(times):>9.2f} {min(times):>7.2f} {max(times):>7.2f} {first:>10} {train:>9} {test:>8}")
ours = groups.get("dlplot train (2 threads)")
numpy = next((v for k, v in groups.items() if k.startswith("numpy")), None)
if ours and numpy:
    a, b = statistics.median(r[0] for r in ours), statistics.median(r[0] for r in numpy)
    pairs = ", ".join(f"{x[0] / y[0]:.2f}" for x, y in zip(ours, numpy))
    print(f"dlplot takes {a / b:.2f} of numpy's time, median against median ({b / a:.1f}x faster; target: at most 1/3); round by round: {pairs}")
PY
