#!/usr/bin/env python3
"""Hostile-input campaign against the dlplot command line.

Generates a deterministic set of cases (hostile option values, expressions, output paths, crafted PNG and IDX
files, closed or full standard streams), runs each against the binary in a scratch folder and checks what
the project promises of every command:

  * no trap: the process ends with an exit code from the README's table (0-4), never a signal;
  * a refusal is one line on standard error starting with "dlplot", and a usage error (exit 2) is only that line;
  * memory: peak RSS under 1 GiB (the process also runs under a 3 GiB address-space limit, so a blow-up
    shows as a failure instead of taking the machine down);
  * no hang: each case ends within its time limit;
  * no stray temporary file left in the scratch folder;
  * where a case knows the exit code it must give (a usage error, an I/O error), that code.

Usage: scripts/hostile-inputs.py [--bin .build/release/dlplot] [--dev-bin .build/release/dlplot-dev] [--limit N] [--jobs 2] [--only SUBSTRING]
Ends with a line "hostile-inputs: N passed, M failed"; exit status 1 when any case failed.
"""
from __future__ import annotations

import argparse
import re
import gzip
import os
import random
import resource
import shutil
import signal
import stat
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

GIB = 1 << 30
RSS_LIMIT = 1 * GIB
ADDRESS_LIMIT = 3 * GIB
ALLOWED_CODES = {0, 1, 2, 3, 4}
# One message format: "dlplot <command>: <what>" ("dlplot: <what>" when no command was named), starting in lower
# case or with an option, a value or a path.
MESSAGE_FORMAT = re.compile(r"^dlplot(-dev)?( [a-z0-9-]+)?: [^A-Z]")


@dataclass
class Binaries:
    user: str  # dlplot
    dev: str  # dlplot-dev


@dataclass
class Case:
    name: str
    argv: list[str]
    expect: set[int] | None = None  # allowed exit codes; None = any from the table
    setup: str | None = None  # name of a fixture set to lay out in the scratch folder
    stdout: str = "pipe"  # pipe | closed | full | null
    stderr: str = "pipe"  # pipe | closed
    timeout: float = 30.0
    extra_files: dict[str, bytes] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)
    dev: bool = False  # run the developer executable (dlplot-dev: golden, bench-*) instead of dlplot


# ---------------------------------------------------------------------------------------------------------
# Fixtures: crafted files


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def make_png(width: int, height: int, *, depth: int = 8, color: int = 6, rows: bytes | None = None,
             interlace: int = 0, compress_level: int = 6) -> bytes:
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[color]
    if rows is None:
        row_bytes = (width * channels * depth + 7) // 8
        rows = b"".join(b"\x00" + bytes((x * 37 + y * 11) & 0xFF for x in range(row_bytes)) for y in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, depth, color, 0, 0, interlace)
    chunks = [png_chunk(b"IHDR", ihdr)]
    if color == 3:
        chunks.append(png_chunk(b"PLTE", bytes(range(48))))
    chunks.append(png_chunk(b"IDAT", zlib.compress(rows, compress_level)))
    chunks.append(png_chunk(b"IEND", b""))
    return b"\x89PNG\r\n\x1a\n" + b"".join(chunks)


def make_zero_png(width: int, height: int) -> bytes:
    """A large all-zero RGBA image that compresses to very little (a decompression bomb)."""
    row = b"\x00" * (1 + 4 * width)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", data) + png_chunk(b"IEND", b"")


def idx_header(magic: int, dims: list[int]) -> bytes:
    return struct.pack(">I", magic) + b"".join(struct.pack(">I", d & 0xFFFFFFFF) for d in dims)


def idx_set(train: int = 60, test: int = 20, rows: int = 4, cols: int = 4, label_max: int = 4) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for prefix, count in (("train", train), ("t10k", test)):
        pixels = bytes(((i * 7 + p * 13) % 256) for i in range(count) for p in range(rows * cols))
        labels = bytes(i % label_max for i in range(count))
        files[f"{prefix}-images-idx3-ubyte"] = idx_header(2051, [count, rows, cols]) + pixels
        files[f"{prefix}-labels-idx1-ubyte"] = idx_header(2049, [count]) + labels
    return files


def hostile_idx_sets() -> dict[str, dict[str, bytes]]:
    base = idx_set()
    sets: dict[str, dict[str, bytes]] = {"idx-good": base}

    def variant(name: str, **changes: bytes | None) -> None:
        files = dict(base)
        for key, value in changes.items():
            key = key.replace("_", "-")
            if value is None:
                files.pop(key, None)
            else:
                files[key] = value
        sets[name] = files

    big = 4096
    variant("idx-huge-dims", train_images_idx3_ubyte=idx_header(2051, [60, big, big]))
    variant("idx-huge-dims-gz", train_images_idx3_ubyte=None,
            **{"train_images_idx3_ubyte.gz": gzip.compress(idx_header(2051, [60, big, big]) + bytes(60 * big * big // 64), 9, mtime=0)})
    variant("idx-max-dims", train_images_idx3_ubyte=idx_header(2051, [0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF]))
    variant("idx-zero-dims", train_images_idx3_ubyte=idx_header(2051, [0, 0, 0]))
    variant("idx-zero-count", train_images_idx3_ubyte=idx_header(2051, [0, 4, 4]), train_labels_idx1_ubyte=idx_header(2049, [0]))
    variant("idx-bad-magic", train_images_idx3_ubyte=b"\x00\x00\x08\x04" + base["train-images-idx3-ubyte"][4:])
    variant("idx-magic-float", train_images_idx3_ubyte=b"\x00\x00\x0d\x03" + base["train-images-idx3-ubyte"][4:])
    variant("idx-truncated-header", train_images_idx3_ubyte=b"\x00\x00\x08")
    variant("idx-truncated-body", train_images_idx3_ubyte=base["train-images-idx3-ubyte"][:100])
    variant("idx-trailing", train_images_idx3_ubyte=base["train-images-idx3-ubyte"] + b"\x01" * 100)
    variant("idx-empty", train_images_idx3_ubyte=b"")
    variant("idx-labels-out-of-range", train_labels_idx1_ubyte=idx_header(2049, [60]) + bytes([255] * 60))
    variant("idx-labels-10", train_labels_idx1_ubyte=idx_header(2049, [60]) + bytes([10] * 60))
    variant("idx-label-count-mismatch", train_labels_idx1_ubyte=idx_header(2049, [59]) + bytes(59))
    variant("idx-labels-as-images", train_images_idx3_ubyte=base["train-labels-idx1-ubyte"])
    variant("idx-missing-file", t10k_labels_idx1_ubyte=None)
    variant("idx-test-different-shape", t10k_images_idx3_ubyte=idx_header(2051, [20, 5, 5]) + bytes(500))
    variant("idx-1x1", **{k: v for k, v in idx_set(rows=1, cols=1).items()})
    variant("idx-1-image", **{k: v for k, v in idx_set(train=1, test=1).items()})
    variant("idx-gz-corrupt", train_images_idx3_ubyte=None,
            **{"train_images_idx3_ubyte.gz": gzip.compress(base["train-images-idx3-ubyte"], mtime=0)[:-12] + b"\xff" * 12})
    variant("idx-gz-truncated", train_images_idx3_ubyte=None,
            **{"train_images_idx3_ubyte.gz": gzip.compress(base["train-images-idx3-ubyte"], mtime=0)[:40]})
    bomb = gzip.compress(idx_header(2051, [16, 1024, 1024]) + bytes(16 * 1024 * 1024 * 4), 9, mtime=0)
    variant("idx-gz-longer-than-declared", train_images_idx3_ubyte=None, **{"train_images_idx3_ubyte.gz": bomb})
    variant("idx-gz-concatenated", train_images_idx3_ubyte=None,
            **{"train_images_idx3_ubyte.gz": gzip.compress(base["train-images-idx3-ubyte"][:50], mtime=0)
               + gzip.compress(base["train-images-idx3-ubyte"][50:], mtime=0)})
    variant("idx-gz-garbage", train_images_idx3_ubyte=None, **{"train_images_idx3_ubyte.gz": b"\x1f\x8b" + os.urandom(0) + b"\x08" * 64})
    variant("idx-4d", train_images_idx3_ubyte=b"\x00\x00\x08\x04" + struct.pack(">IIII", 60, 2, 2, 4) + bytes(60 * 16))
    variant("idx-big-raw-declared", train_images_idx3_ubyte=idx_header(2051, [60000, 28, 28]))
    return sets


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
        for value in ["", "xx", "KO", "en,ko", "ko ", "\u00e9"]:
            cases.append(Case(f"{figure} --lang {value!r}", [figure, "--lang", value, "--out", "o.svg"], expect={2}))
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
            if rng.random() < 0.25 or a == b or "wide" in a or "bomb" in a:
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
                    "series-wrong-types.json": b'{"losses": "x", "accuracies": 5}'}
    for figure in ("training-loss", "training-accuracy"):
        if figure not in figures:
            continue
        for name in list(series_files) + ["/dev/zero", "/dev/null", "dir-exists", "/nonexistent.json", "fifo.png"]:
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

    # 10. Random argument soup.
    words = ["--out", "o.png", "--data", "d.csv", "--lr", "--steps", "--init", "--f", "--width", "--dpi", "--format", "svg",
             "-", "--", "-o", "-h", "--help", "--version", "nan", "1e308", "3,4", "x0^2", "all", "list", "train", "compare"]
    for index in range(400):
        figure = rng.choice(ids + ["help", "list", "all", "compare", "train", "", "-", "--", "gradient-feild"])
        argv = [figure] + [rng.choice(words) for _ in range(rng.randint(0, 8))]
        cases.append(Case(f"soup {index}: {' '.join(argv)[:60]}", argv, setup="paths", timeout=60))

    return cases


# ---------------------------------------------------------------------------------------------------------
# Running


DEVICE_COPIES = {"dev-null": (1, 3), "dev-full": (1, 7)}


def lay_out(folder: str, case: Case) -> None:
    # Output paths never name the system's /dev/null or /dev/full: a binary that replaces what it writes to
    # would replace them for the whole machine (as root). Private copies of the two devices stand in for them.
    if os.geteuid() == 0:
        for name, (major, minor) in DEVICE_COPIES.items():
            os.mknod(os.path.join(folder, name), 0o666 | stat.S_IFCHR, os.makedev(major, minor))
    if case.setup in ("paths", "pngs", "idx"):
        os.makedirs(os.path.join(folder, "dir-exists"), exist_ok=True)
        os.makedirs(os.path.join(folder, "ro"), exist_ok=True)
        os.chmod(os.path.join(folder, "ro"), 0o555)
        with open(os.path.join(folder, "file-exists.png"), "wb") as f:
            f.write(b"old contents")
        os.symlink("file-exists.png", os.path.join(folder, "link-to-file.png"))
        os.symlink("dir-exists", os.path.join(folder, "link-to-dir"))
        os.symlink("nowhere/x.png", os.path.join(folder, "dangling-link.png"))
        os.symlink("loop-link.png", os.path.join(folder, "loop-link.png"))
    if case.setup == "idx":
        for name, files in hostile_idx_sets().items():
            os.makedirs(os.path.join(folder, name))
            for file_name, data in files.items():
                with open(os.path.join(folder, name, file_name.replace("_", "-")), "wb") as f:
                    f.write(data)
        os.makedirs(os.path.join(folder, "zero-links"))
        for prefix in ("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"):
            os.symlink("/dev/zero", os.path.join(folder, "zero-links", prefix))
    for name, data in case.extra_files.items():
        os.makedirs(os.path.dirname(os.path.join(folder, name)), exist_ok=True)
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)


def limit_child() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_LIMIT, ADDRESS_LIMIT))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)


def run_case(binary: Binaries, case: Case, root: str, index: int) -> tuple[Case, list[str], str]:
    try:
        return run_case_unguarded(binary, case, root, index)
    except OSError as error:
        return case, [f"could not run: {error}"], ""


def run_case_unguarded(binary: Binaries, case: Case, root: str, index: int) -> tuple[Case, list[str], str]:
    folder = tempfile.mkdtemp(prefix=f"case{index}-", dir=root)
    problems: list[str] = []
    try:
        lay_out(folder, case)
        if "fifo" in " ".join(case.argv):
            fifo = os.path.join(folder, "fifo.png")
            if not os.path.exists(fifo):
                os.mkfifo(fifo)
        stdout_target = {"pipe": subprocess.PIPE, "null": subprocess.DEVNULL, "closed": None, "full": None}[case.stdout]
        full = open("/dev/full", "wb") if case.stdout == "full" else None
        stderr_file = tempfile.TemporaryFile(dir=root)
        stdout_file = tempfile.TemporaryFile(dir=root)
        pass_fds: tuple[int, ...] = ()
        environment = dict(os.environ, **case.env)
        popen_kwargs = dict(cwd=folder, stdin=subprocess.DEVNULL, preexec_fn=limit_child, env=environment)
        command = [binary.dev if case.dev else binary.user] + case.argv
        if case.stdout == "closed" or case.stderr == "closed":
            # Close the stream in the child through the shell-less trick: run via /bin/sh with exec and >&- / 2>&-.
            redirections = (" >&-" if case.stdout == "closed" else "") + (" 2>&-" if case.stderr == "closed" else "")
            script = 'exec "$@"' + redirections
            command = ["/bin/sh", "-c", script, "sh"] + command
        start = time.monotonic()
        process = subprocess.Popen(command, stdout=full or (stdout_file if stdout_target == subprocess.PIPE else stdout_target),
                                   stderr=stderr_file, pass_fds=pass_fds, **popen_kwargs)
        deadline = start + case.timeout
        status = None
        usage = None
        while True:
            pid, wait_status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid != 0:
                status = wait_status
                break
            if time.monotonic() > deadline:
                process.kill()
                _, status, usage = os.wait4(process.pid, 0)
                problems.append(f"hang: still running after {case.timeout:.0f} s")
                break
            time.sleep(0.005)
        process.returncode = 0
        if full:
            full.close()
        stderr_file.seek(0)
        stderr = stderr_file.read().decode("utf-8", "replace")
        stderr_file.close()
        stdout_file.close()
        rss = usage.ru_maxrss * 1024 if usage else 0
        if os.WIFSIGNALED(status):
            if not problems:
                problems.append(f"signal {os.WTERMSIG(status)} ({signal.Signals(os.WTERMSIG(status)).name})")
        else:
            code = os.WEXITSTATUS(status)
            if code not in ALLOWED_CODES:
                problems.append(f"exit {code} (not in the table)")
            elif case.expect is not None and code not in case.expect:
                problems.append(f"exit {code}, expected {sorted(case.expect)}")
            differ_only = case.argv[:1] == ["compare"] and code == 1 and not stderr.strip()
            if code != 0 and case.stderr != "closed" and not differ_only:
                lines = [line for line in stderr.splitlines() if line.strip()]
                if not lines:
                    problems.append(f"exit {code} with nothing on stderr")
                elif code == 2 and case.argv and len(lines) != 1 and "--help" not in case.argv:
                    if not any(line.startswith("Usage:") or line.startswith("USAGE") for line in lines):
                        problems.append(f"usage error of {len(lines)} lines")
                elif not lines[-1].startswith("dlplot") and not lines[-1].startswith("Usage") and not lines[0].startswith("dlplot"):
                    problems.append("error line does not start with 'dlplot'")
                if code == 2 and lines and lines[0].startswith("dlplot") and not MESSAGE_FORMAT.match(lines[0]):
                    problems.append("usage error not of the form 'dlplot <command>: <what>' (lower case)")
        if rss > RSS_LIMIT:
            problems.append(f"peak RSS {rss / GIB:.2f} GiB")
        for name in DEVICE_COPIES:
            path = os.path.join(folder, name)
            if os.geteuid() == 0 and not stat.S_ISCHR(os.lstat(path).st_mode):
                problems.append(f"replaced the device node {name} with a regular file")
        for dirpath, _, filenames in os.walk(folder):
            for name in filenames:
                if name.startswith(".") and ("tmp" in name.lower()):
                    problems.append(f"stray temporary file {os.path.relpath(os.path.join(dirpath, name), folder)}")
        return case, problems, stderr.strip()[:300]
    finally:
        try:
            os.chmod(os.path.join(folder, "ro"), 0o755)
        except OSError:
            pass
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", default=".build/release/dlplot")
    parser.add_argument("--dev-bin", default="", help="the developer executable (default: dlplot-dev beside --bin)")
    parser.add_argument("--limit", type=int, default=0, help="run a deterministic sample of this many cases (0: all)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", default="", help="run only cases whose name contains this")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.bin)
    dev_binary = os.path.abspath(arguments.dev_bin or os.path.join(os.path.dirname(binary), "dlplot-dev"))
    for path in (binary, dev_binary):
        if not os.access(path, os.X_OK):
            print(f"hostile-inputs: {path} is missing: run make release", file=sys.stderr)
            return 1
    rng = random.Random(arguments.seed)
    cases = [case for case in generate(binary, rng) if arguments.only in case.name]
    if os.geteuid() != 0:  # the device stand-ins need mknod
        cases = [case for case in cases if not any(name in case.argv for name in DEVICE_COPIES)]
    if arguments.limit and arguments.limit < len(cases):
        cases = random.Random(arguments.seed).sample(cases, arguments.limit)
    if arguments.list:
        for case in cases:
            print(case.name)
        return 0
    root = tempfile.mkdtemp(prefix="dlplot-hostile-")
    failed = 0
    start = time.monotonic()
    try:
        with ThreadPoolExecutor(max_workers=arguments.jobs) as pool:
            for case, problems, stderr in pool.map(lambda item: run_case(Binaries(binary, dev_binary), item[1], root, item[0]), enumerate(cases)):
                if problems:
                    failed += 1
                    print(f"FAIL {case.name}: {'; '.join(problems)} | stderr: {stderr[:200]!r}", flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"hostile-inputs: {len(cases)} cases in {time.monotonic() - start:.0f} s")
    print(f"hostile-inputs: {len(cases) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
