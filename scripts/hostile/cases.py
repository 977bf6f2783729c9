"""The hostile-input cases: every parameter of every figure with hostile values, output paths, closed and full
streams, crafted PNG and IDX files, environment variables, the developer commands, and random argument soup."""
from __future__ import annotations

import json
import random
import subprocess
from pathlib import Path

from .fixtures import hostile_idx_sets, make_png, make_zero_png
from .model import Case

# ---------------------------------------------------------------------------------------------------------
# Case generation

NUMBERS = ["", "-", "nan", "NaN", "inf", "-inf", "+inf", "1e308", "-1e308", "1e309", "-1e309", "5e-324", "-5e-324",
           "1e-300", "-0", "0", "0.0", "1", "-1", "99999999999999999999", "-99999999999999999999", "2147483648",
           "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551616", "0x10", "1_000",
           " 1", "1 ", "1,", ",", ",,", "1,2,3,4,5,6,7,8,9,10", "1e", "e1", ".", "..", "1..2", "+", "--1", "1e+", "١", "１",
           "1e99999", "0.1" * 3, "9" * 400, "1" + "0" * 5000, "1,nan", "nan,1", "inf,1", "1e308,-1e308", "-1e308,1e308",
           "5,5", "5,4", "0,0", "-5,5", "1e-300,1e-300", "1,1e308", "3,4", "-3,4", "0,1", "1,0", "2,2", "100000000,0",
           "1e10", "1e6", "1e7", "1000000000", "65536", "4294967296", "-2147483649", "\u202e1", "1\u0301", "x"]

EXPRESSIONS = [
    "", " ", "x", "x0", "x1", "x0^2 + x1^2", "1e308*x0", "1e308*x", "-1e308*x0", "x0*1e308 + x1*1e308", "x^1e308",
    "exp(x)", "exp(exp(exp(x)))", "exp(1000*x)", "exp(x0*1000)", "1/0", "1/0*x", "0/0", "0/0*x", "log(0)", "log(-1)",
    "log(-1-x^2)", "log(-1-x0^2)", "sqrt(-1-x^2)", "tan(x)", "1/x", "1/x0", "x^-1", "x^0.5", "(-8)^(1/3)", "2^1024",
    "1e-320*x", "x-x", "0*x", "5", "5+0*x0", "1e308+x", "1e308", "-1e308", "nan", "inf", "pi", "e", "x0x1", "x2",
    "y", "foo(x)", "sin", "sin(", "sin()", "sin(x,x)", "(", ")", "(()", "())", "x^^2", "x**2", "2x", "x 2", "x,2",
    "1..2", "1e", "1e+", ".5", "5.", "--x", "+-+-x", "x+", "*x", "^x", "x^", "x0^2 + x1^", "ｘ", "x₀", "χ", "é",
    "x\u0301", "x\u202e", "x\u200b", "😀", "x😀", "\t x \n", "sin(x)" * 2, "a" * 1000, "x+" * 2000 + "x",
    "(" * 1000 + "x" + ")" * 1000, "(" * 60000 + "x" + ")" * 60000, "-" * 100000 + "x", "+" * 100000 + "x",
    "sin(" * 5000 + "x" + ")" * 5000, "x" + "\u0301" * 60000, "x^" * 5000 + "2", "1" * 10000, "9" * 400 + "*x",
    "0." + "0" * 400 + "1*x", "exp(" * 200 + "x" + ")" * 200, "x0^2 - x1^2", "x0^2 + x1^2 + 1e308", "abs(x)-1e308",
    "tanh(x)*1e308", "sin(1e308*x)", "x^2/10 + 1e300", "10^x", "x0^x1", "(x0+x1)^1000",
]

OUT_PATHS = ["", "-", ".", "/", "a", "x.PNG", "x.png/", "x.png/.", "/proc/x.png", "/proc/self/x.png", "/nonexistent/x.png",
             "dev-null", "dev-full", "x.", ".png", "x.png.png", "x.svgz", "x.jpg", "x", "dir-exists.png", "dir-exists",
             "ro/x.png", "file-exists.png", "link-to-file.png", "dangling-link.png", "loop-link.png", "fifo.png",
             "a" * 251 + ".png", "a" * 252 + ".png", "b" * 256 + ".png", ("c" * 200 + "/") * 25 + "x.png",
             "x\n.png", "-x.png", "./-", "~/x.png", "x .png", "ü.png", "\u202ex.png", "file-exists.png/x.png"]

PARAMETER_OPTIONS = ["--f", "--lr", "--steps", "--init", "--at", "--range", "--step", "--h", "--weight", "--elevation",
                     "--azimuth", "--series", "--first", "--aspect"]


def learned_series_files() -> dict[str, bytes]:
    """The committed series with its `learned` section damaged in each way a reader must refuse in one line."""
    committed = Path(__file__).resolve().parents[2] / "Sources/Figures/Resources/training-series.json"
    try:
        series = json.loads(committed.read_text())
    except (OSError, ValueError):
        return {}
    if not isinstance(series.get("learned"), dict):
        return {}
    damages = {
        "w1-short": {"W1": "AAAAAA=="}, "w1-garbage": {"W1": "%%%"}, "encoding": {"encoding": "float16"},
        "shape-zero": {"shape": {"input": 784, "hidden": 0, "output": 10}},
        "shape-huge": {"shape": {"input": 2**62, "hidden": 2**62, "output": 2**62}},
        "confusion-negative": {"confusion": [[-1] * 10] * 10}, "confusion-ragged": {"confusion": [[1]]},
        "confusion-huge": {"confusion": [[2**63 - 1] * 10] * 10}, "image-rows": {"imageRows": 2**62},
        "misclassified-many": {"misclassified": [series["learned"]["misclassified"][0]] * 1000},
        "misclassified-index": {"misclassified": [dict(series["learned"]["misclassified"][0], index=-1)]},
        "probability-nan": {"misclassified": [dict(series["learned"]["misclassified"][0], probability="nan")]},
        "class-names": {"classNames": ["x" * 100000] * 10}, "learned-null": None,
    }
    files = {}
    for name, damage in damages.items():
        learned = None if damage is None else dict(series["learned"], **damage)
        files[f"series-learned-{name}.json"] = json.dumps(dict(series, learned=learned)).encode()
    return files


def figure_parameters(binary: str) -> dict[str, list[str]]:
    listing = subprocess.run([binary, "list"], capture_output=True, text=True, timeout=30).stdout
    ids = [line.split()[0] for line in listing.splitlines() if line.strip() and not line.startswith(" ")]
    result: dict[str, list[str]] = {}
    for figure in ids:
        if not all(c.isalnum() or c == "-" for c in figure):
            continue
        help_text = subprocess.run([binary, figure, "--help"], capture_output=True, text=True, timeout=30).stdout
        result[figure] = [option for option in PARAMETER_OPTIONS if f"{option} " in help_text or f"{option}\n" in help_text]
    return result


def generate(binary: str, rng: random.Random) -> list[Case]:
    figures = figure_parameters(binary)
    cases: list[Case] = []
    ids = sorted(figures)

    # 1. Every parameter of every figure with every hostile number.
    for figure in ids:
        for option in figures[figure]:
            values = EXPRESSIONS if option == "--f" else NUMBERS
            for value in values:
                cases.append(Case(f"{figure} {option} {value[:30]!r}", [figure, option, value, "--out", "o.png"]))

    # 2. Shared output options.
    for figure in ids:
        for option in ["--width", "--height", "--dpi"]:
            for value in NUMBERS:
                cases.append(Case(f"{figure} {option} {value[:30]!r}", [figure, option, value, "--out", "o.png"]))
        for value in ["", "xx", "KO", "en,ko", "\u00e9"]:
            cases.append(Case(f"{figure} --lang {value!r}", [figure, "--lang", value, "--out", "o.svg"], expect={2}))
        # Surrounding spaces are ignored, as in every number and choice.
        cases.append(Case(f"{figure} --lang 'ko '", [figure, "--lang", "ko ", "--out", "o.svg"], expect={0}))
        for value in ["", "jpg", "PNG", "svgz", "png,svg", "pdf "]:
            cases.append(Case(f"{figure} --format {value!r}", [figure, "--format", value, "--out", "o.png"]))
        for title in ["", "<b>", "&", "&amp;", "_{", "^{", "x_", "x^", "\\", "<span>", "a" * 100000, "\u202e\u200b",
                      "😀" * 1000, "_" * 5000, "^{" * 5000, "\u0301" * 50000]:
            cases.append(Case(f"{figure} --title {title[:20]!r}", [figure, "--title", title, "--out", "o.png"]))

    # 3. Output paths, for a few figures and every format, with and without --data.
    for figure in ["sigmoid", "gradient-field", "learning-rates", "surface-3d"]:
        if figure not in figures:
            continue
        for path in OUT_PATHS:
            cases.append(Case(f"{figure} --out {path[:40]!r}", [figure, "--out", path], setup="paths"))
            cases.append(Case(f"{figure} --out {path[:40]!r} --format svg", [figure, "--out", path, "--format", "svg"], setup="paths"))
            cases.append(Case(f"{figure} --data {path[:40]!r}", [figure, "--out", "o.svg", "--data", path], setup="paths"))
        cases.append(Case(f"{figure} --out - --data -", [figure, "--out", "-", "--data", "-", "--format", "svg"], setup="paths"))
        for stream in ["closed", "full", "null"]:
            cases.append(Case(f"{figure} --out - stdout {stream}", [figure, "--out", "-", "--format", "svg"], stdout=stream))
            cases.append(Case(f"{figure} --out - png stdout {stream}", [figure, "--out", "-"], stdout=stream))
        cases.append(Case(f"{figure} stderr closed, bad option", [figure, "--lr", "nan", "--out", "o.png"], stderr="closed"))
        cases.append(Case(f"{figure} stderr closed, ok", [figure, "--out", "o.png"], stderr="closed"))
        cases.append(Case(f"{figure} both closed", [figure, "--out", "-"], stderr="closed", stdout="closed"))

    # 4. list / help / version with closed or full streams.
    for argv in (["list"], ["--help"], ["--version"], ["sigmoid", "--help"], ["help"], ["help", "sigmoid"]):
        for stream in ["closed", "full"]:
            cases.append(Case(f"{' '.join(argv)} stdout {stream}", argv, stdout=stream))

    # 5. all.
    for out_dir in ["out", "", "/", "/proc", "/nonexistent/out", "file-exists.png", "ro", "a/b/c", "dir-exists", "x" * 300,
                    "link-to-dir", "dangling-link.png"]:
        cases.append(Case(f"all --out-dir {out_dir[:30]!r}", ["all", "--out-dir", out_dir, "--formats", "svg"], setup="paths"))
    for formats in ["", ",", "png,", "png,png", "jpg", "PNG", "png,svg,pdf", " svg", "svg;pdf"]:
        cases.append(Case(f"all --formats {formats!r}", ["all", "--out-dir", "out", "--formats", formats], setup="paths"))
    for dpi in ["nan", "0", "-1", "1e308", "5e-324", "2400", "2401", "1"]:
        cases.append(Case(f"all --dpi {dpi}", ["all", "--out-dir", "out", "--formats", "png", "--dpi", dpi], setup="paths"))

    # 6. compare with crafted PNGs.
    pngs = {
        "small.png": make_png(4, 3),
        "small2.png": make_png(4, 3, rows=b"".join(b"\x00" + bytes(16) for _ in range(3))),
        "wide.png": make_png(100000, 1, color=0, rows=b"\x00" + bytes(100000)),
        "tall.png": make_png(1, 100000, color=0, rows=b"\x00\x00" * 100000),
        "bomb.png": make_zero_png(20000, 20000),
        "black-10k.png": make_zero_png(10000, 10000),  # 0.4 MB; two took 1.39 GB to compare with --diff
        "black-50mp.png": make_zero_png(7071, 7071),  # just under the decoding limit
        "huge-ihdr.png": make_png(0x7FFFFFFF, 0x7FFFFFFF, rows=b"\x00"),
        "max-ihdr.png": make_png(0xFFFFFFFF, 1, rows=b"\x00"),
        "zero.png": make_png(0, 0, rows=b""),
        "grey16.png": make_png(3, 3, depth=16, color=0),
        "palette.png": make_png(5, 2, color=3),
        "grey-alpha.png": make_png(3, 3, color=4),
        "rgb.png": make_png(3, 3, color=2),
        "interlaced.png": make_png(9, 9, interlace=1, rows=b"".join(b"\x00" + bytes(36) for _ in range(30))),
        "bad-crc.png": make_png(4, 3)[:-5] + b"\x00",
        "truncated.png": make_png(4, 3)[:40],
        "signature-only.png": b"\x89PNG\r\n\x1a\n",
        "empty.png": b"",
        "text.png": b"hello",
        "bad-depth.png": make_png(4, 3, depth=3, color=6),
    }
    names = sorted(pngs)
    for a in names:
        for b in names:
            if rng.random() < 0.25 or a == b or "wide" in a or "bomb" in a or "black" in a:
                cases.append(Case(f"compare {a} {b} --diff", ["compare", a, b, "--diff", "d.png"], setup="pngs", extra_files=pngs))
    for special in ["/dev/zero", "/dev/null", "dir-exists", "/nonexistent", "", "-", "fifo.png", "/proc/self/mem"]:
        cases.append(Case(f"compare small {special}", ["compare", "small.png", special], setup="paths", extra_files=pngs, timeout=20))
    for fuzz in ["", "x", "0-2", "0-2;0-40", "2-1;0-1", "maxDifference=0-999999999999999999999;totalPixels=0-1", "-1-2;0-1",
                 "0-2;0-40;tilePixels=0-99999999999999999999", ";;;;", "maxDifference=nan-1;totalPixels=0-1"]:
        cases.append(Case(f"compare --fuzz {fuzz!r}", ["compare", "small.png", "small2.png", "--fuzz", fuzz], setup="pngs", extra_files=pngs))
    for diff in ["-", "dev-null", "dev-full", "dir-exists", "/nonexistent/d.png", "ro/d.png"]:
        cases.append(Case(f"compare --diff {diff}", ["compare", "small.png", "small2.png", "--diff", diff], setup="paths", extra_files=pngs))

    # 7. train with crafted data sets and options.
    base_train = ["train", "--iters", "5", "--batch", "3", "--quiet"]
    for name in hostile_idx_sets():
        cases.append(Case(f"train data {name}", base_train + ["--data-dir", name, "--out", "s.json"], setup="idx", timeout=60))
    for option, values in {"--iters": NUMBERS[:40], "--batch": NUMBERS[:40], "--lr": NUMBERS[:40], "--seed": NUMBERS[:40],
                           "--threads": NUMBERS[:40], "--kernel": ["", "x", "BLAS"], "--precision": ["", "float16"],
                           "--max-memory": ["", "0", "-1", "1", "1k", "4G", "99999999999999999999G", "nan", "1e3M"]}.items():
        for value in values:
            argv = ["train", "--iters", "5", "--batch", "3", "--quiet", "--data-dir", "idx-good", "--out", "s.json", option, value]
            cases.append(Case(f"train {option} {value[:30]!r}", argv, setup="idx", timeout=60))
    for out in OUT_PATHS:
        cases.append(Case(f"train --out {out[:40]!r}", base_train + ["--data-dir", "idx-good", "--out", out], setup="idx", timeout=60))
    cases.append(Case("train --data-dir /dev/zero files", base_train + ["--data-dir", "zero-links", "--out", "s.json"], setup="idx", timeout=60))
    cases.append(Case("train --data-dir /nonexistent", base_train + ["--data-dir", "/nonexistent", "--out", "s.json"], expect={1}))
    cases.append(Case("train --lr 1e30 --iters 99", ["train", "--iters", "99", "--batch", "3", "--quiet", "--lr", "1e30", "--data-dir",
                      "idx-good", "--out", "s.json"], setup="idx", expect={3}, timeout=60))

    # 8. Series files for the training figures.
    series_files = {"series-empty.json": b"", "series-garbage.json": b"{", "series-null.json": b"null", "series-array.json": b"[]",
                    "series-huge-number.json": b'{"losses": [1e999]}', "series-deep.json": b"[" * 100000 + b"]" * 100000,
                    "series-wrong-types.json": b'{"losses": "x", "accuracies": 5}', **learned_series_files()}
    for figure in ("training-loss", "training-accuracy"):
        if figure not in figures:
            continue
        for name in list(series_files) + ["/dev/zero", "/dev/null", "dir-exists", "/nonexistent.json", "fifo.png",
                                             "sparse-5g.json"]:
            cases.append(Case(f"{figure} --series {name}", [figure, "--series", name, "--out", "o.png"], setup="paths",
                              extra_files=series_files, timeout=20))

    # 9. Environment variables, the developer commands and the golden check on hostile folders.
    for variable, values in {"DLPLOT_TRAINING_SERIES": ["", "/dev/zero", "series-garbage.json", "series-deep.json", "dir-exists", "/nonexistent"],
                             "DLPLOT_DATA": ["", "/dev/zero", "/nonexistent", "dir-exists", "zero-links", "idx-huge-dims"]}.items():
        for value in values:
            argv = ["training-loss", "--out", "o.png"] if variable == "DLPLOT_TRAINING_SERIES" else base_train + ["--out", "s.json"]
            cases.append(Case(f"{variable}={value}", argv, setup="idx", extra_files=series_files, env={variable: value}, timeout=60))
    for points in ["0", "1", "2", "20000000", "20000001", "nan", "-1", "99999999999999999999"]:
        cases.append(Case(f"dev bench-line --points {points}", ["bench-line", "--points", points, "--repeat", "1"], timeout=120, dev=True))
    for argv in (["golden", "check", "--fresh", "dir-exists", "--evidence", "ev"],
                 ["golden", "check", "--goldens", "dir-exists", "--fresh", "dir-exists", "--evidence", "ev"],
                 ["golden", "check", "--goldens", "/nonexistent", "--fresh", "/nonexistent", "--evidence", "/proc/ev"],
                 ["golden", "check", "--goldens", "pngdir", "--fresh", "pngdir", "--evidence", "ev"],
                 ["golden", "fingerprint", "--write", "dev-full"], ["golden", "fingerprint", "--write", "dir-exists"],
                 ["golden", "fingerprint", "--write", "/nonexistent/x.json"], ["golden", "fingerprint", "--write", "-"],
                 ["bench-figures", "--out-dir", "/nonexistent"], ["bench-figures", "--out-dir", "dir-exists", "--jobs", "0"],
                 ["bench-figures", "--out-dir", "dir-exists", "--jobs", "99999999999999999999"]):
        pngdir = {f"pngdir/{name}": data for name, data in pngs.items()}
        pngdir.update({"pngdir/ENVIRONMENT.json": b"{", "pngdir/sigmoid.png": pngs["bomb.png"], "pngdir/log.png": pngs["wide.png"],
                       "pngdir/sigmoid.svg": b"<svg" * 1000, "pngdir/sigmoid.pdf": b"%PDF"})
        cases.append(Case("dev " + " ".join(argv), argv, setup="paths", extra_files=pngdir, timeout=120, dev=True))

    # 10. Animations: timing options with hostile numbers, formats, output paths, sizes, ffmpeg missing.
    animated = [f for f in ("gradient-descent", "learning-rates", "tangent", "gradient-field", "training-loss",
                            "training-accuracy", "surface-3d") if f in figures]
    for figure in animated:
        for option in ["--fps", "--frames", "--duration", "--hold"]:
            for value in NUMBERS[::3]:
                cases.append(Case(f"{figure} --animate {option} {value[:30]!r}",
                                  [figure, "--animate", option, value, "--frames", "3", "--out", "o.gif"]
                                  if option != "--frames" else [figure, "--animate", option, value, "--out", "o.gif"]))
        cases.append(Case(f"{figure} --fps 5 without --animate", [figure, "--fps", "5", "--out", "o.png"], expect={2}))
        cases.append(Case(f"{figure} --out o.gif without --animate", [figure, "--out", "o.gif"], expect={2}))
    for figure in [f for f in ids if f not in animated][:3]:
        cases.append(Case(f"{figure} --animate (no animation)", [figure, "--animate", "--out", "o.gif"], expect={2}))
    if "gradient-descent" in figures:
        base = ["gradient-descent", "--animate", "--frames", "3"]
        for ext in ["gif", "webp", "html", "htm", "GIF", "webm", "mp4", "avi", "png", "", "gif.", "mkv"]:
            cases.append(Case(f"animate --out o.{ext}", base + ["--out", f"o.{ext}"], setup="paths"))
            cases.append(Case(f"animate --out o.{ext} without ffmpeg", base + ["--out", f"o.{ext}"], setup="paths",
                              env={"PATH": "/nonexistent"}))
        for path in OUT_PATHS:
            gif = path.replace(".png", ".gif")
            cases.append(Case(f"animate --out {gif[:40]!r}", base + ["--out", gif], setup="paths"))
            cases.append(Case(f"animate --data {path[:40]!r}", base + ["--out", "o.gif", "--data", path], setup="paths"))
        for stream in ["closed", "full", "null"]:
            cases.append(Case(f"animate --out - stdout {stream}", base + ["--out", "-"], stdout=stream))
        for device in ["dev-full.gif", "dev-full.html", "dev-null.gif"]:  # disk full: exit 1, one line, device kept
            cases.append(Case(f"animate --out {device}", base + ["--out", device], setup="paths",
                              expect={1} if "full" in device else {0}))
        for size in [["--width", "100", "--height", "100"], ["--dpi", "2400"], ["--width", "38.4", "--height", "21.6"],
                     ["--width", "40", "--height", "22", "--frames", "1000"], ["--dpi", "1"], ["--frames", "1000", "--steps", "1000000"]]:
            cases.append(Case(f"animate {' '.join(size)}", ["gradient-descent", "--animate", "--out", "o.gif", *size], timeout=120))
        for fmt in ["--format", "--format png", "--format gif"]:
            cases.append(Case(f"animate {fmt}", base + fmt.split() + ["--out", "o.gif"]))
    for animations in ["", "gif", "gif,html", "webp", "avi", "gif,,gif", "GIF", " html"]:
        cases.append(Case(f"all --animations {animations!r}", ["all", "--out-dir", "out", "--formats", "svg",
                                                                "--animations", animations], setup="paths", timeout=120))

    # 11. Random argument soup.
    words = ["--out", "o.png", "--data", "d.csv", "--lr", "--steps", "--init", "--f", "--width", "--dpi", "--format", "svg",
             "-", "--", "-o", "-h", "--help", "--version", "nan", "1e308", "3,4", "x0^2", "all", "list", "train", "compare",
             "--animate", "--fps", "--frames", "--hold", "--duration", "o.gif", "o.html", "o.webp"]
    for index in range(400):
        figure = rng.choice(ids + ["help", "list", "all", "compare", "train", "", "-", "--", "gradient-feild"])
        argv = [figure] + [rng.choice(words) for _ in range(rng.randint(0, 8))]
        cases.append(Case(f"soup {index}: {' '.join(argv)[:60]}", argv, setup="paths", timeout=60))

    return cases
