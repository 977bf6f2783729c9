#!/usr/bin/env python3
"""`make bench`: dlplot beside the tools a user would otherwise pick, in one run on this machine.

  plot   dlplot's six benchmark figures (PNG + SVG, whole process) beside matplotlib, gnuplot and C on Cairo
         (bench/README.md), each tool's start-up alone, in-process times, the outputs' sizes;
  line   a 1,000,000-point line rendered in process (dlplot-dev bench-line);
  cli    the command line's own jobs: every figure in three formats plus the report page, and one figure;
  train  section 4.5's training, dlplot train on 2 threads and on 1 beside numpy, alternating rounds;
  anim   figure 4-10's descent as a GIF beside matplotlib's FuncAnimation + PillowWriter (time, bytes, peak
         RSS), every default animation together, and the descent as WebP, HTML (and WebM/MP4 with ffmpeg);
  serve  dlplot serve under wrk (figure 4-10's SVG, parameters varying per request) at 1 and 16 connections:
         requests/s, p50/p99, errors, RSS; beside matplotlib re-rendering it in a warm process.
It ends with the README's "How fast" rows. Ratios within one run are what to compare: a shared machine's
speed drifts between minutes. Everything printed is also kept in $OUT/report.txt.

Usage: python3 bench/bench.py [plot] [line] [cli] [train] [anim] [serve]   (default: all six; make bench runs this)
Needs: a release build (make release) and what make deps-bench installs.
Environment:
  DLPLOT            the dlplot executable (default .build/release/dlplot, as make release builds it)
  DLPLOT_DEV        the executable with the developer commands bench-figures and bench-line
                    (default .build/release/dlplot-dev, beside dlplot after make release)
  OUT               scratch folder for outputs and the report (default /tmp/dlplot-baselines)
  RUNS, WARMUP      hyperfine runs and warm-up runs per command (default 20 and 2)
  NO_HYPERFINE=1    time with a plain loop instead of hyperfine
  PYTHON            the Python that runs matplotlib and numpy (default: the one running this script)
  CC                the C compiler for the Cairo baseline (default cc, else clang)
  DLPLOT_DATA       the MNIST/Fashion-MNIST IDX folder (default /usr/share/datasets/fashion-mnist)
  BENCH_TRAIN_RUNS  training rounds (default 3); BENCH_SKIP_SWIFT_KERNEL=1 skips the slow Swift-kernel run
  SERVE_SECONDS     seconds of each wrk run in the serve section (default 30)
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the repository for the modules below
import animation  # noqa: E402
import measure  # noqa: E402
import plotting  # noqa: E402
import serve  # noqa: E402
import training  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECTIONS = ("plot", "line", "cli", "train", "anim", "serve")


class Tee:
    """Writes to standard output and to the report file."""

    def __init__(self, stream, path):
        self.stream, self.file = stream, open(path, "w")

    def write(self, text):
        self.stream.write(text)
        self.file.write(text)

    def flush(self):
        self.stream.flush()
        self.file.flush()


def whole_number(name, default, least=1):
    """The environment variable `name` as a whole number of at least `least` (default when unset)."""
    text = os.environ.get(name, str(default))
    if not text.isdigit() or int(text) < least:
        raise SystemExit(f"bench: {name}={text!r} is not allowed; use a whole number from {least}")
    return int(text)


def tools():
    dlplot = os.path.abspath(os.environ.get("DLPLOT", os.path.join(ROOT, ".build/release/dlplot")))
    # bench-figures and bench-line are in the developer executable dlplot-dev
    dev = os.path.abspath(os.environ.get("DLPLOT_DEV", os.path.join(ROOT, ".build/release/dlplot-dev")))
    for path in {dlplot, dev}:
        if not os.access(path, os.X_OK):
            raise SystemExit(f"bench: no executable {path}; build it with 'make release' (or set DLPLOT / DLPLOT_DEV)")
    cc = os.environ.get("CC") or shutil.which("cc") or shutil.which("clang")
    if not cc:
        raise SystemExit("bench: no C compiler (cc or clang) for the Cairo baseline; set CC")
    return plotting.Tools(dlplot=dlplot, dlplot_dev=dev, python=interpreter(os.environ.get("PYTHON")), cc=cc)


def interpreter(name):
    """The Python to time: PYTHON's real interpreter (a pyenv shim is a bash script whose ~85 ms start-up
    would be counted), else the one running this script."""
    if not name:
        return sys.executable
    path = shutil.which(name) or name
    if "/shims/" in path and shutil.which("pyenv"):
        found = subprocess.run(["pyenv", "which", os.path.basename(path)], capture_output=True, text=True)
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.strip()
    return path


def how_fast_rows(figures, line_ms, train):
    """The README's "How fast" table rows, from this run's numbers."""
    print('== the README\'s "How fast" rows (this run)')
    if figures or train:
        print("| job | dlplot | matplotlib / numpy | C on Cairo | gnuplot |")
        print("|---|---|---|---|---|")
    if figures:
        ours, mpl = figures["e  dlplot png+svg"], figures["a  matplotlib png+svg"]
        cairo, gnuplot = figures["c  cairo png+svg"], figures["b  gnuplot png+svg"]
        print(f"| six chapter figures, PNG + SVG, whole process | {ours.median * 1000:.0f} ms, {measure.mib(ours.peak_kib):.0f} MiB"
              f" | {mpl.median * 1000:.0f} ms, {measure.mib(mpl.peak_kib):.0f} MiB | {cairo.median * 1000:.0f} ms"
              f" | {gnuplot.median * 1000:.0f} ms |")
    if train:
        print(f"| section 4.5 training (10,000 iterations, 17 evaluations on 70,000 images) | {train[0]:.2f} s"
              f" | {train[1]:.2f} s (numpy) | | |")
    if line_ms is not None:
        print(f"1,000,000-point line: {line_ms:.0f} ms (median, in process)")


def main(argv):
    if {"-h", "--help"} & set(argv):
        print(__doc__)
        return
    wanted = argv or list(SECTIONS)
    unknown = [a for a in wanted if a not in SECTIONS]
    if unknown:
        raise SystemExit(f"bench: unknown section {unknown[0]!r}; use any of {', '.join(SECTIONS)}")
    out = os.environ.get("OUT", "/tmp/dlplot-baselines")
    os.makedirs(out, exist_ok=True)
    sys.stdout = Tee(sys.stdout, os.path.join(out, "report.txt"))
    t = tools()
    timer = measure.Timer(whole_number("RUNS", 20), whole_number("WARMUP", 2, least=0), out, use_hyperfine=not os.environ.get("NO_HYPERFINE"))
    print(f"== dlplot bench, {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores; "
          f"dlplot {t.dlplot}" + (f", developer commands {t.dlplot_dev}" if t.dlplot_dev != t.dlplot else ""))
    figures = line_ms = train = None
    if "plot" in wanted:
        cairo = plotting.build_cairo_baseline(t, out)
        figures = plotting.figures_table(timer, t, out, cairo)
        plotting.in_process(t, out, cairo)
        plotting.output_sizes(out)
    if "line" in wanted:
        line_ms, _ = plotting.long_line(t)
    if "cli" in wanted:
        plotting.command_line(timer, t, out)
    if "train" in wanted:
        data = os.environ.get("DLPLOT_DATA", "/usr/share/datasets/fashion-mnist")
        with tempfile.TemporaryDirectory() as scratch:
            train = training.benchmark(t, data, scratch, whole_number("BENCH_TRAIN_RUNS", 3),
                                       swift_kernel=os.environ.get("BENCH_SKIP_SWIFT_KERNEL", "0") != "1")
    if "anim" in wanted:
        animation.benchmark(timer, t, out)
    if "serve" in wanted:
        serve.benchmark(t, whole_number("SERVE_SECONDS", 30))
    how_fast_rows(figures, line_ms, train)
    sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
