"""matplotlib's side of the serve section of make bench: figure 4-10 re-rendered to SVG in a warm process, as a
notebook's ipywidgets `interact` would (the anchor of issue 14: 33 ms median measured when it was filed).

    python3 bench/serve_mpl_gd.py [RENDERS]

Draws the descent from (-3, 4) with a different learning rate each time (the same sweep as serve_vary.lua),
the axes, dashed contour circles and the path's points, `savefig` to an in-memory SVG, and closes the figure.
Prints one JSON line: the count, median and p99 milliseconds per re-render (after 5 warm-up renders)."""
import io
import json
import os
import statistics
import sys
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from baseline_mpl import descent_path  # noqa: E402


def render(lr, steps):
    path = descent_path(lr=lr, steps=steps)
    fig, ax = plt.subplots()
    ax.plot([-5, 5], [0, 0], "--b")
    ax.plot([0, 0], [-5, 5], "--b")
    theta = np.linspace(0, 2 * np.pi, 200)
    for r in (0.5, 1, 2, 3, 4, 5):
        ax.plot(r * np.cos(theta), r * np.sin(theta), "--", color="gray", lw=0.8)
    ax.plot(path[:, 0], path[:, 1], "o")
    ax.set_xlim(-3.5, 3.5)
    ax.set_ylim(-4.5, 4.5)
    ax.set(xlabel="X0", ylabel="X1", title=f"Gradient descent, lr = {lr}")
    out = io.BytesIO()
    fig.savefig(out, format="svg")
    plt.close(fig)
    return out.getbuffer().nbytes


def main(argv):
    count = int(argv[0]) if argv and argv[0].isdigit() and int(argv[0]) > 0 else 200
    for i in range(5):
        render(0.1 + i * 0.01, 20)
    times = []
    for i in range(count):
        start = time.perf_counter()
        render(0.01 + (i % 9900) * 0.0001, 10 + i % 20)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(json.dumps({"renders": count, "median_ms": statistics.median(times), "p99_ms": p99}))


if __name__ == "__main__":
    main(sys.argv[1:])
