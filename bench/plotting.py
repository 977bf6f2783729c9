"""The plotting half of `make bench`: dlplot's six benchmark figures (`dlplot-dev bench-figures`) beside the
baselines in this folder (matplotlib, gnuplot, C on Cairo) in one run, with each tool's start-up alone, the
in-process times, the outputs' sizes, a 1,000,000-point line, and the command line's own jobs."""
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass

from measure import mib, run_checked, table

HERE = os.path.dirname(os.path.abspath(__file__))
FIGURE_FILES = 12  # six figures, PNG and SVG


@dataclass
class Tools:
    """The programs compared: dlplot's binaries, the Python that runs matplotlib, and the C compiler."""
    dlplot: str  # the user's command line
    dlplot_dev: str  # the developer commands bench-figures and bench-line
    python: str
    cc: str


def build_cairo_baseline(tools, out):
    """Compiles bench/cairo/*.c against the system's Cairo; returns the executable's path."""
    exe = os.path.join(out, "baseline_cairo")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "cairo"], capture_output=True, text=True)
    if flags.returncode != 0:
        raise SystemExit("bench: pkg-config finds no cairo (make deps installs libcairo2-dev)")
    sources = sorted(os.path.join(HERE, "cairo", f) for f in os.listdir(os.path.join(HERE, "cairo")) if f.endswith(".c"))
    print(f"== building the C-on-Cairo baseline ({tools.cc} -O2)")
    print(run_checked([tools.cc, "-O2", "-Wall", "-o", exe, *sources, *flags.stdout.split(), "-lm"]).errors, end="")
    return exe


def figure_commands(tools, out, cairo):
    """(label, argv) of every whole-process row, in the table's order; "c" is the reference (C on Cairo)."""
    mpl = [tools.python, os.path.join(HERE, "baseline_mpl.py"), f"{out}/mpl"]
    gp_script = os.path.join(HERE, "baseline.gp")

    def gnuplot(settings=""):
        return ["gnuplot", "-e", f"outdir='{out}/gnuplot'{settings}", gp_script]

    dlplot = [tools.dlplot_dev, "bench-figures", "--out-dir", f"{out}/dlplot"]
    return [
        ("a  matplotlib png+svg", mpl),
        ("a' matplotlib png only", mpl + ["--formats", "png"]),
        ("a' matplotlib svg only", mpl + ["--formats", "svg"]),
        ("   python3 -c pass", [tools.python, "-c", "pass"]),
        ("   import mpl.pyplot", [tools.python, "-c", "import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot"]),
        ("b  gnuplot png+svg", gnuplot()),
        ("b' gnuplot png only", gnuplot("; exts='png'")),
        ("b' gnuplot svg only", gnuplot("; exts='svg'")),
        ("   gnuplot /dev/null", ["gnuplot", "/dev/null"]),
        ("c  cairo png+svg", [cairo, f"{out}/cairo"]),
        ("c' cairo png only", [cairo, "--formats", "png", f"{out}/cairo"]),
        ("c' cairo svg only", [cairo, "--formats", "svg", f"{out}/cairo"]),
        ("c' cairo png+svg ARGB32", [cairo, "--argb", f"{out}/cairo"]),
        ("   cairo start only", [cairo, "--formats", "none", f"{out}/cairo"]),
        ("d  cairo 6 blank PNGs", [cairo, "--blank", f"{out}/blank"]),
        ("e  dlplot png+svg", dlplot),
        ("e' dlplot png+svg, no fsync", dlplot + ["--no-fsync"]),  # the baselines do not fsync
    ]


def check_outputs(out):
    for impl in ("mpl", "gnuplot", "cairo", "dlplot"):
        files = [f for f in os.listdir(f"{out}/{impl}") if f.endswith((".png", ".svg"))]
        if len(files) != FIGURE_FILES:
            raise SystemExit(f"bench: expected {FIGURE_FILES} PNG and SVG files in {out}/{impl}, found {len(files)}")


def figures_table(timer, tools, out, cairo):
    """Times every row; prints the table; returns {label: Stats}."""
    for impl in ("mpl", "gnuplot", "cairo", "blank", "dlplot"):
        shutil.rmtree(f"{out}/{impl}", ignore_errors=True)
        os.makedirs(f"{out}/{impl}")
    commands = figure_commands(tools, out, cairo)
    print("== six figures, PNG + SVG, whole process; one run each first (outputs in %s)" % out)
    for _, argv in commands:
        run_checked(argv)
    check_outputs(out)
    print(f"   timing: {timer.describe()}")
    results = {}
    for label, argv in commands:
        results[label] = timer.stats(argv)
        print(f"   {label.strip()}: {results[label].median * 1000:.0f} ms", file=sys.stderr)
    floor = results["c  cairo png+svg"].median
    rows = [(label, f"{s.median:.4f}", f"{s.min:.4f}", f"{s.cpu:.4f}", f"{mib(s.peak_kib):.1f}", f"{s.median / floor:.1f}")
            for label, s in results.items()]
    print(table(["command", "median wall s", "min wall s", "cpu s", "peak RSS MiB", "x cairo"], rows))
    return results


def in_process(tools, out, cairo):
    """Each baseline's own per-round times (no interpreter start-up or imports)."""
    print("== in-process times")
    for title, argv in [
        ("matplotlib: 5 rounds of all six figures in one process (round 0 is cold)",
         [tools.python, os.path.join(HERE, "baseline_mpl.py"), f"{out}/mpl", "--repeat", "5"]),
        ("cairo: 5 rounds (draw = rasterising into the image surface)", [cairo, "--time", "--repeat", "5", f"{out}/cairo"]),
        ("cairo blank PNGs: 5 rounds", [cairo, "--time", "--blank", "--repeat", "5", f"{out}/blank"]),
    ]:
        print(f"-- {title}", flush=True)
        print("\n".join("   " + line for line in run_checked(argv).errors.splitlines()))


def output_sizes(out):
    print("== output sizes (bytes, sum of the six files)")
    rows = []
    for impl in ("mpl", "gnuplot", "cairo", "blank", "dlplot"):
        names = os.listdir(f"{out}/{impl}")
        size = {ext: sum(os.path.getsize(f"{out}/{impl}/{n}") for n in names if n.endswith(ext)) for ext in (".png", ".svg")}
        rows.append((impl, size[".png"], size[".svg"]))
    print(table(["impl", "png", "svg"], rows))


def long_line(tools):
    """dlplot bench-line: 1,000,000 points to a 640x480 PNG in process. Returns (median ms, peak KiB)."""
    print("== 1,000,000-point line -> 640x480 PNG, in process (dlplot-dev bench-line)")
    report = run_checked([tools.dlplot_dev, "bench-line", "--points", "1000000", "--repeat", "5", "--check"])
    print(report.output.rstrip())
    peak = run_checked([tools.dlplot_dev, "bench-line", "--points", "1000000", "--repeat", "1"]).peak_kib
    print(f"   peak RSS {peak} KiB ({mib(peak):.1f} MiB)")
    median = re.search(r"median ([0-9.]+) ms", report.output)
    return (float(median.group(1)) if median else None), peak


def command_line(timer, tools, out):
    """What `make figures` runs (every figure in three formats plus the report page; target under 1 s) and
    one figure (target under 30 ms)."""
    print("== the command line, whole process")
    commands = [
        ("dlplot all (every figure x png,svg,pdf + index.html)",
         [tools.dlplot, "all", "--out-dir", f"{out}/all", "--formats", "png,svg,pdf", "--html"]),
        ("dlplot gradient-field --out f.svg", [tools.dlplot, "gradient-field", "--out", f"{out}/f.svg"]),
    ]
    rows = []
    for label, argv in commands:
        s = timer.stats(argv)
        rows.append((label, f"{s.median:.4f}", f"{s.min:.4f}", f"{s.cpu:.4f}", f"{mib(s.peak_kib):.1f}"))
    print(table(["command", "median wall s", "min wall s", "cpu s", "peak RSS MiB"], rows))
