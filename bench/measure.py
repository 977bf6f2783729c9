"""How `make bench` measures a command: whole-process wall time (hyperfine, or a plain loop), CPU time
(rusage from os.wait4) and peak resident set size (GNU time's %M), and the tables the results are printed in.

Peak RSS comes from GNU time rather than from os.wait4 because Linux counts the memory of the process a child
was forked from in the child's peak (exec keeps the old address space's high-water mark): every child of this
Python would show at least Python's ~16 MiB. GNU time is a small process, so its child's peak is its own."""
import json
import os
import shlex
import shutil
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass


@dataclass
class Run:
    """One finished process: wall seconds, CPU seconds (user + system), peak RSS in KiB, and what it printed."""
    wall: float
    cpu: float
    peak_kib: int
    returncode: int
    output: str
    errors: str


GNU_TIME = "/usr/bin/time"


def run(argv, env=None):
    """Runs argv to completion under GNU time and measures it, keeping its standard output and error (in
    files, so that neither can fill a pipe)."""
    if not os.access(GNU_TIME, os.X_OK):
        raise SystemExit(f"bench: no GNU time at {GNU_TIME} (make deps-bench installs the package time)")
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err, \
            tempfile.NamedTemporaryFile("r") as peak:
        start = time.perf_counter()
        process = subprocess.Popen([GNU_TIME, "-f", "%M", "-o", peak.name, *argv], env=env,
                                   stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)  # GNU time's usage includes its child's
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        lines = peak.read().split()
        peak_kib = int(lines[-1]) if lines and lines[-1].isdigit() else 0  # after a note such as "Command exited ..."
        return Run(wall, usage.ru_utime + usage.ru_stime, peak_kib, process.returncode, out.read(), err.read())


def run_checked(argv, env=None):
    """As run, but a failing command stops the benchmark, naming the command and showing its errors."""
    result = run(argv, env=env)
    if result.returncode != 0:
        raise SystemExit(f"bench: `{shlex.join(argv)}` failed with exit status {result.returncode}:\n"
                         f"{result.errors.strip()}")
    return result


@dataclass
class Stats:
    """Whole-process timing of one command over many runs."""
    median: float  # wall seconds
    min: float  # wall seconds
    cpu: float  # user + system seconds: hyperfine's mean, or the loop's median
    peak_kib: int  # median of five runs' peak RSS


class Timer:
    """Times commands the same way throughout one benchmark run."""

    def __init__(self, runs, warmup, scratch, use_hyperfine=True):
        self.runs, self.warmup, self.scratch = runs, warmup, scratch
        self.hyperfine = shutil.which("hyperfine") if use_hyperfine else None

    def describe(self):
        how = "hyperfine" if self.hyperfine else "a plain loop (no hyperfine)"
        return f"{self.runs} runs after {self.warmup} warm-up, timed by {how}, {os.cpu_count()} cores"

    def stats(self, argv):
        median, minimum, cpu = self._hyperfine(argv) if self.hyperfine else self._loop(argv)
        peaks = sorted(run_checked(argv).peak_kib for _ in range(5))
        return Stats(median, minimum, cpu, peaks[2])

    def _hyperfine(self, argv):
        report = os.path.join(self.scratch, "hyperfine.json")
        command = [self.hyperfine, "-N", "--style", "none", "--warmup", str(self.warmup), "--runs", str(self.runs),
                   "--export-json", report, shlex.join(argv)]
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            raise SystemExit(f"bench: hyperfine could not time `{shlex.join(argv)}`:\n{done.stderr.strip()}")
        with open(report) as f:
            result = json.load(f)["results"][0]
        return result["median"], result["min"], result["user"] + result["system"]

    def _loop(self, argv):
        for _ in range(self.warmup):
            run_checked(argv)
        runs = [run_checked(argv) for _ in range(self.runs)]
        walls = [r.wall for r in runs]
        return statistics.median(walls), min(walls), statistics.median(r.cpu for r in runs)


def mib(kib):
    return kib / 1024


def table(header, rows):
    """A Markdown table, each column as wide as its widest cell; the first column left-aligned."""
    cells = [[str(c) for c in header]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]

    def line(row):
        return "| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w)
                                 for i, (c, w) in enumerate(zip(row, widths))) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(cells[0]), rule] + [line(row) for row in cells[1:]])
