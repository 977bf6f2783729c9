"""The `serve` section of `make bench`: `dlplot serve` under wrk, figure 4-10 as SVG with a different learning
rate and step count on every request (bench/serve_vary.lua, so no cache can answer), for SERVE_SECONDS
(default 30) at 1 connection (one reader dragging a slider) and at 16 (a class); requests/s, p50/p99 latency,
errors, and the server's RSS at start, after a warm-up, and after each run. Beside it, in the same run,
matplotlib re-rendering the same figure to SVG in a warm process (bench/serve_mpl_gd.py), the anchor.

Then the live page in headless Chromium: the pictures a second a 2 s drag of the learning-rate slider shows
(scripts/serve-check.py --min-rate 20).

Targets (issue 14, 2 cores): 1 connection p50 <= 5 ms, p99 <= 15 ms; 16 connections >= 600 re-renders/s
(ten times matplotlib on both cores), p99 <= 100 ms, 0 errors; RSS growth < 10 MiB over 10,000 requests; a
slider drag >= 20 updates/s."""
import json
import os
import re
import shutil
import subprocess
import sys
import time

from measure import table

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def rss_mib(pid):
    """The resident set size of process `pid` now, in MiB (VmRSS of /proc/pid/status)."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def start_server(dlplot):
    """`dlplot serve --port 0` and the base URL it printed."""
    server = subprocess.Popen([dlplot, "serve", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              text=True)
    line = server.stdout.readline()
    found = re.search(r"http://[^ /]+", line)
    if not found:
        server.kill()
        raise SystemExit(f"bench: dlplot serve printed {line!r}, not its URL")
    return server, found.group(0)


def wrk(url, connections, seconds):
    """Runs wrk and returns (requests/s, p50 ms, p99 ms, requests, errors)."""
    threads = min(connections, 2)
    argv = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency",
            "-s", os.path.join(HERE, "serve_vary.lua"), url]
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout

    def latency(percent):
        found = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        return float(found.group(1)) * UNITS[found.group(2)] if found else float("nan")

    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors += int(non2xx.group(1)) if non2xx else 0
    return rate, latency(50), latency(99), requests, errors


def matplotlib_warm(python, renders=200):
    """matplotlib's warm re-render of the same figure: (median ms, p99 ms)."""
    out = subprocess.run([python, os.path.join(HERE, "serve_mpl_gd.py"), str(renders)], capture_output=True,
                         text=True, check=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    return result["median_ms"], result["p99_ms"]


def browser_drag(dlplot):
    """The live page in headless Chromium (scripts/serve-check.py --min-rate 20): updates/s of a 2 s drag of the
    learning-rate slider, or None when Chromium is missing."""
    if not shutil.which("chromium"):
        print("serve: no chromium (make deps-test installs it): the browser drag is not measured")
        return None
    check = os.path.join(os.path.dirname(HERE), "scripts", "serve-check.py")
    run = subprocess.run([sys.executable, check, dlplot, "--min-rate", "20"], capture_output=True, text=True)
    found = re.search(r"([\d.]+) updates/s", run.stdout)
    if run.returncode != 0:
        print(f"serve: the live-page check failed: {run.stderr.strip()}")
    return float(found.group(1)) if found else None


def benchmark(tools, seconds):
    print(f"== serve: dlplot serve under wrk, /figures/gradient-descent.svg with lr and steps varying per request,"
          f" {seconds} s a run")
    if not shutil.which("wrk"):
        raise SystemExit("bench: no wrk (make deps-bench installs it)")
    server, url = start_server(tools.dlplot)
    try:
        time.sleep(0.2)
        at_start = rss_mib(server.pid)
        wrk(url, 2, 3)  # warm-up: fonts, glyph caches, allocator arenas of both render threads
        warm = rss_mib(server.pid)
        rows, results = [], {}
        for connections in (1, 16):
            before = rss_mib(server.pid)
            rate, p50, p99, requests, errors = wrk(url, connections, seconds)
            after = rss_mib(server.pid)
            results[connections] = (rate, p50, p99, requests, errors, before, after)
            rows.append((f"{connections}", f"{rate:.0f}", f"{p50:.2f}", f"{p99:.2f}", f"{requests}", f"{errors}",
                         f"{before:.1f}", f"{after:.1f}"))
    finally:
        server.terminate()
        server.wait()
    mpl_median, mpl_p99 = matplotlib_warm(tools.python)
    drag = browser_drag(tools.dlplot)
    print(table(["connections", "requests/s", "p50 ms", "p99 ms", "requests", "errors", "RSS before MiB",
                 "RSS after MiB"], rows))
    print(f"server RSS: {at_start:.1f} MiB at start, {warm:.1f} MiB after the warm-up")
    print(f"matplotlib, warm process, same figure to SVG: {mpl_median:.1f} ms median, {mpl_p99:.1f} ms p99 "
          f"= {1000 / mpl_median:.0f} re-renders/s on one core, {2000 / mpl_median:.0f}/s on two")
    one, sixteen = results[1], results[16]
    total = one[3] + sixteen[3]
    growth = sixteen[6] - one[5]
    print(f"targets: 1 connection p50 {one[1]:.2f} ms (<= 5), p99 {one[2]:.2f} ms (<= 15); 16 connections "
          f"{sixteen[0]:.0f}/s (>= 600; {sixteen[0] / (2000 / mpl_median):.1f}x matplotlib on two cores), "
          f"p99 {sixteen[2]:.1f} ms (<= 100), errors {one[4] + sixteen[4]} (0); RSS growth {growth:+.1f} MiB over "
          f"{total} requests after the warm-up (< 10)" + ("" if drag is None else
          f"; a slider drag in Chromium {drag:.1f} updates/s (>= 20)"))

