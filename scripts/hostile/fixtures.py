"""Crafted files for the hostile-input cases: PNGs (bombs, huge headers, odd colour types, bad CRCs), IDX data
sets (huge or zero dimensions, wrong magic, truncated or over-long gzip), and the folder each case runs in."""
from __future__ import annotations

import gzip
import os
import stat
import struct
import zlib

from .model import Case

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
# Running


DEVICE_COPIES = {"dev-null": (1, 3), "dev-full": (1, 7), "dev-null.gif": (1, 3), "dev-full.gif": (1, 7), "dev-full.html": (1, 7)}


def lay_out(folder: str, case: Case) -> None:
    # Output paths never name the system's /dev/null or /dev/full: a binary that replaces what it writes to
    # would replace them for the whole machine (as root). Private copies of the two devices stand in for them.
    if os.geteuid() == 0:
        for name, (major, minor) in DEVICE_COPIES.items():
            os.mknod(os.path.join(folder, name), 0o666 | stat.S_IFCHR, os.makedev(major, minor))
    if "sparse-5g.json" in case.argv:  # 5 GB that take no disk space: read whole, it took 15.7 GB of memory
        with open(os.path.join(folder, "sparse-5g.json"), "wb") as f:
            f.truncate(5 << 30)
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
