"""The `anim` section of `make bench`: figure 4-10's descent as an animated GIF (21 frames, 640x480, 10 fps),
dlplot beside matplotlib's FuncAnimation + PillowWriter (bench/anim_mpl_gd.py, the anchor of issue 12) in
the same run: whole-process wall time, CPU, peak RSS and the GIF's size; then every default animation of
`make figures` together (GIF and HTML player), and the same descent as WebP and HTML (and WebM/MP4 when
ffmpeg is installed) for their sizes.

Targets (issue 12): at most 0.1x matplotlib's time, 0.5x its bytes, 40 MiB peak RSS; all default animations
under 2 s."""
import os
import shutil

from measure import mib, table

HERE = os.path.dirname(os.path.abspath(__file__))


def benchmark(timer, tools, out):
    print("== animation: figure 4-10's descent, 21 frames at 640x480, GIF (whole process)")
    print(f"   timing: {timer.describe()}")
    ours_gif, mpl_gif = f"{out}/gd-dlplot.gif", f"{out}/gd-matplotlib.gif"
    commands = [
        ("dlplot gradient-descent --animate --out gd.gif", [tools.dlplot, "gradient-descent", "--animate", "--out", ours_gif], ours_gif),
        ("matplotlib FuncAnimation + PillowWriter", [tools.python, os.path.join(HERE, "anim_mpl_gd.py"), mpl_gif], mpl_gif),
    ]
    stats = {}
    rows = []
    for label, argv, path in commands:
        s = timer.stats(argv)
        stats[label] = (s, os.path.getsize(path))
        rows.append((label, f"{s.median:.3f}", f"{s.min:.3f}", f"{s.cpu:.3f}", f"{mib(s.peak_kib):.1f}",
                     f"{os.path.getsize(path) / 1000:.1f}"))
    print(table(["command", "median wall s", "min wall s", "cpu s", "peak RSS MiB", "GIF KB"], rows))
    (ours, ours_size), (mpl, mpl_size) = stats[commands[0][0]], stats[commands[1][0]]
    print(f"dlplot / matplotlib: time {ours.median / mpl.median:.3f} (target <= 0.1), bytes {ours_size / mpl_size:.3f}"
          f" (target <= 0.5), peak RSS {mib(ours.peak_kib):.1f} MiB (target <= 40)")

    print("== animation: every default animation of make figures (GIF + HTML player), and other formats")
    formats = ["webp", "html"] + (["webm", "mp4"] if shutil.which("ffmpeg") else [])
    commands = [("dlplot all --formats png --animations gif,html (7 animations + every still)",
                 [tools.dlplot, "all", "--out-dir", f"{out}/anim-all", "--formats", "png", "--animations", "gif,html"]),
                ("dlplot all --formats png (every still, for the difference)",
                 [tools.dlplot, "all", "--out-dir", f"{out}/still-all", "--formats", "png"])]
    for fmt in formats:
        path = f"{out}/gd.{fmt}"
        commands.append((f"dlplot gradient-descent --animate --out gd.{fmt}",
                         [tools.dlplot, "gradient-descent", "--animate", "--out", path]))
    rows = []
    for label, argv in commands:
        s = timer.stats(argv)
        size = ""
        if "--out" in argv:
            size = f"{os.path.getsize(argv[argv.index('--out') + 1]) / 1000:.1f}"
        rows.append((label, f"{s.median:.3f}", f"{s.cpu:.3f}", f"{mib(s.peak_kib):.1f}", size))
    print(table(["command", "median wall s", "cpu s", "peak RSS MiB", "KB"], rows))
    if not shutil.which("ffmpeg"):
        print("(WebM and MP4 left out: ffmpeg is not installed; make deps-video installs it)")
