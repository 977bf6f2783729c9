"""The training half of `make bench`: section 4.5 (784-50-10 net, 10,000 iterations of 100, lr 0.1, 17
evaluations on the full sets) by `dlplot train` on two threads and on one, beside bench/train_numpy.py, each
timed as a whole process (loading included). They alternate for several rounds, so that a slow spell of a
shared machine hits every side; `dlplot train --kernel swift` (the blocked SIMD Swift kernel) runs once.

numpy runs with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset: some machines set them for older OpenBLAS
builds, and they slow a current numpy. dlplot's runs keep the environment as it is."""
import json
import os
import re
import statistics
import subprocess
import sys

from measure import mib, run_checked, table

HERE = os.path.dirname(os.path.abspath(__file__))
NUMPY_UNSET = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")


def numpy_environment():
    return {k: v for k, v in os.environ.items() if k not in NUMPY_UNSET}


def numpy_blas(python):
    """Which BLAS numpy loads under numpy_environment(), as threadpoolctl reports it."""
    done = subprocess.run([python, os.path.join(HERE, "train_numpy.py"), "--blas"],
                          env=numpy_environment(), capture_output=True, text=True)
    return (done.stdout or done.stderr).strip() or "threadpoolctl reported nothing"


def dlplot_run(dlplot, data, scratch, name, extra):
    """One `dlplot train`; returns a row (name, seconds, peak KiB, first loss, train acc, test acc)."""
    series = os.path.join(scratch, "run.json")
    result = run_checked([dlplot, "train", "--data-dir", data, "--seed", "1", "--out", series, "--quiet", *extra])
    with open(series) as f:
        run = json.load(f)
    last = run["accuracies"][-1]
    return name, result.wall, result.peak_kib, f'{run["losses"][0]:.4f}', f'{last["train"]:.4f}', f'{last["test"]:.4f}'


def numpy_run(python, data):
    """One bench/train_numpy.py, in the same row shape as dlplot_run."""
    result = run_checked([python, os.path.join(HERE, "train_numpy.py"), data], env=numpy_environment())
    first = re.search(r"first loss ([0-9.]+)", result.output)
    final = re.search(r"final acc train ([0-9.]+) test ([0-9.]+)", result.output)
    if not (first and final):
        raise SystemExit(f"bench: train_numpy.py printed no result: {result.output.strip()!r}")
    return "numpy (train_numpy.py)", result.wall, result.peak_kib, first.group(1), *final.groups()


def benchmark(tools, data, scratch, rounds, swift_kernel=True):
    """Runs the rounds, prints the table and the ratio; returns (dlplot's median s, numpy's median s or None)."""
    print("== training (section 4.5), whole process")
    if not os.path.isdir(data):
        raise SystemExit(f"bench: no data folder {data}; install it with 'make deps-data' or set DLPLOT_DATA")
    here = ", ".join(f"{k}={os.environ.get(k, 'unset')}" for k in NUMPY_UNSET)
    print(f"   numpy runs with {' and '.join(NUMPY_UNSET)} unset (here: {here})")
    print(f"   {numpy_blas(tools.python)}")
    rows = []
    for round_ in range(1, rounds + 1):
        print(f"   round {round_} of {rounds}", file=sys.stderr, flush=True)
        rows.append(dlplot_run(tools.dlplot, data, scratch, "dlplot train (2 threads)", []))
        rows.append(dlplot_run(tools.dlplot, data, scratch, "dlplot train --threads 1", ["--threads", "1"]))
        rows.append(numpy_run(tools.python, data))
    if swift_kernel:
        rows.append(dlplot_run(tools.dlplot, data, scratch, "dlplot train --kernel swift", ["--kernel", "swift"]))

    groups = {}
    for row in rows:
        groups.setdefault(row[0], []).append(row)
    lines = []
    for name, runs in groups.items():
        times = [r[1] for r in runs]
        _, _, _, first, train, test = runs[-1]
        peak = statistics.median(r[2] for r in runs)
        lines.append((name, len(runs), f"{statistics.median(times):.2f}", f"{min(times):.2f}", f"{max(times):.2f}",
                      f"{mib(peak):.0f}", first, train, test))
    print(table(["training (section 4.5)", "runs", "median s", "min s", "max s", "peak RSS MiB",
                 "first loss", "train acc", "test acc"], lines))

    ours = [r[1] for r in groups["dlplot train (2 threads)"]]
    numpy = [r[1] for r in groups["numpy (train_numpy.py)"]]
    a, b = statistics.median(ours), statistics.median(numpy)
    pairs = ", ".join(f"{x / y:.2f}" for x, y in zip(ours, numpy))
    print(f"dlplot takes {a / b:.2f} of numpy's time, median against median ({b / a:.1f}x faster; target: at most 1/3); "
          f"round by round: {pairs}")
    return a, b
