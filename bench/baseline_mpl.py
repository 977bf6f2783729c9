#!/usr/bin/env python3
"""The matplotlib baseline of `make bench`: the six benchmark figures (bench/README.md, F1-F6) as a
matplotlib user writes them, in matplotlib's default style, 640x480 px at 100 dpi.

Usage: baseline_mpl.py OUTDIR [--repeat N] [--formats png,svg]

Writes f1_log, f2_step_sigmoid, f3_tangent, f4_gradient_field, f5_descent and f6_lr_panels as .png (Agg)
and .svg (matplotlib's SVG backend) into OUTDIR. Prints to stderr the time the imports took and, for each
of N rounds in this one process, the time to build the figures and to save each format (round 0 is cold:
fonts and caches load), so start-up can be told from the work.
"""
import sys
import time

T_START = time.perf_counter()

import numpy as np  # noqa: E402
import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

T_IMPORTED = time.perf_counter()


# ---- the book's numerical methods (chapter 4), as the book writes them ----------------------------------
def numerical_diff(f, x):
    h = 1e-4
    return (f(x + h) - f(x - h)) / (2 * h)


def numerical_gradient_1d(f, x):
    h = 1e-4
    grad = np.zeros_like(x)
    for i in range(x.size):
        saved = x[i]
        x[i] = float(saved) + h
        fxh1 = f(x)
        x[i] = saved - h
        fxh2 = f(x)
        grad[i] = (fxh1 - fxh2) / (2 * h)
        x[i] = saved
    return grad


def numerical_gradient(f, X):
    """The gradient at one point (1-D X) or at each row of X."""
    if X.ndim == 1:
        return numerical_gradient_1d(f, X)
    return np.array([numerical_gradient_1d(f, x) for x in X])


def function_1(x):
    return 0.01 * x ** 2 + 0.1 * x


def function_2(x):
    """x0^2 + x1^2 of one point, or of each row."""
    return np.sum(x ** 2) if x.ndim == 1 else np.sum(x ** 2, axis=1)


def tangent_line(f, x):
    d = numerical_diff(f, x)
    return lambda t: d * t + (f(x) - d * x)


def descent_path(lr, steps=20):
    """The points visited from (-3, 4) on x0^2 + x1^2, before each update, as the book records them."""
    x = np.array([-3.0, 4.0])
    path = []
    for _ in range(steps):
        path.append(x.copy())
        x -= lr * numerical_gradient(function_2, x)
    return np.array(path)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def step_function(x):
    return np.array(x > 0, dtype=int)


# ---- the six figures ---------------------------------------------------------------------------------
def f1_log():
    fig, ax = plt.subplots()
    x = np.arange(0.001, 1.0 + 0.0005, 0.001)  # 1000 points, 0.001 ... 1.0
    ax.plot(x, np.log(x))
    ax.set_ylim(-5.0, 0.2)
    ax.set(xlabel="x", ylabel="y", title="y = log(x)")
    return fig


def f2_step_sigmoid():
    fig, ax = plt.subplots()
    x = np.arange(-5.0, 5.0, 0.1)
    ax.plot(x, sigmoid(x), label="sigmoid")
    ax.plot(x, step_function(x), "k--", label="step function")
    ax.set_ylim(-0.1, 1.1)
    ax.set(xlabel="x", ylabel="y", title="Step function vs sigmoid")
    ax.legend()
    return fig


def f3_tangent():
    fig, ax = plt.subplots()
    x = np.arange(0.0, 20.0, 0.1)
    ax.plot(x, function_1(x), label="f(x)")
    ax.plot(x, tangent_line(function_1, 5)(x), label="tangent at x=5")
    ax.plot(x, tangent_line(function_1, 10)(x), label="tangent at x=10")
    ax.set(xlabel="x", ylabel="f(x)", title="f(x) = 0.01x^2 + 0.1x and tangents")
    ax.legend()
    return fig


def f4_gradient_field():
    X, Y = np.meshgrid(np.arange(-2, 2.5, 0.25), np.arange(-2, 2.5, 0.25))  # 18 x 18 points
    X, Y = X.flatten(), Y.flatten()
    grad = numerical_gradient(function_2, np.array([X, Y]).T).T
    fig, ax = plt.subplots()
    ax.quiver(X, Y, -grad[0], -grad[1], angles="xy", color="#666666")
    ax.set_xlim([-2, 2])
    ax.set_ylim([-2, 2])
    ax.set(xlabel="x0", ylabel="x1", title="Negative gradient of x0^2 + x1^2")
    ax.grid()
    return fig


def f5_descent():
    path = descent_path(lr=0.1)
    fig, ax = plt.subplots()
    ax.plot([-5, 5], [0, 0], "--b")
    ax.plot([0, 0], [-5, 5], "--b")
    ax.plot(path[:, 0], path[:, 1], "o")
    ax.set_xlim(-3.5, 3.5)
    ax.set_ylim(-4.5, 4.5)
    ax.set(xlabel="X0", ylabel="X1", title="Gradient descent, lr = 0.1")
    return fig


def f6_lr_panels():
    g = np.linspace(-5.5, 5.5, 111)
    GX, GY = np.meshgrid(g, g)
    levels = [2.5 * k for k in range(1, 11)]  # ten contours of x0^2 + x1^2
    fig, axes = plt.subplots(1, 3)
    for ax, lr in zip(axes, (0.01, 0.1, 0.9)):
        path = descent_path(lr)
        ax.contour(GX, GY, GX ** 2 + GY ** 2, levels=levels)
        ax.plot(path[:, 0], path[:, 1], "o-", color="C3")
        ax.set_xlim(-5.5, 5.5)
        ax.set_ylim(-5.5, 5.5)
        ax.set(xlabel="x0", title="lr = %g" % lr)
    axes[0].set_ylabel("x1")
    return fig


FIGURES = [f1_log, f2_step_sigmoid, f3_tangent, f4_gradient_field, f5_descent, f6_lr_panels]


def render_all(outdir, formats):
    """Builds and saves every figure; returns the seconds spent building and saving each format."""
    spent = {"build": 0.0, **{ext: 0.0 for ext in formats}}
    for build in FIGURES:
        t0 = time.perf_counter()
        fig = build()
        spent["build"] += time.perf_counter() - t0
        for ext in formats:
            t0 = time.perf_counter()
            fig.savefig(f"{outdir}/{build.__name__}.{ext}", dpi=100)
            spent[ext] += time.perf_counter() - t0
        plt.close(fig)
    return spent


def main(args):
    repeat, formats, outdir = 1, ["png", "svg"], None
    while args:
        arg = args.pop(0)
        if arg == "--repeat" and args:
            repeat = int(args.pop(0))
        elif arg == "--formats" and args:
            formats = [f for f in args.pop(0).split(",") if f]
        elif outdir is None and not arg.startswith("-"):
            outdir = arg
        else:
            sys.exit(__doc__)
    if outdir is None:
        sys.exit(__doc__)
    lines = [f"import_s={T_IMPORTED - T_START:.4f}"]
    for round_ in range(repeat):
        t0 = time.perf_counter()
        spent = render_all(outdir, formats)
        parts = " ".join(f"{k}_s={v:.4f}" for k, v in spent.items())
        lines.append(f"round={round_} render_s={time.perf_counter() - t0:.4f} {parts}")
    lines.append(f"total_after_import_s={time.perf_counter() - T_IMPORTED:.4f}")
    sys.stderr.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
