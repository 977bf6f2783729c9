#!/usr/bin/env python3
"""The public API of the library products (Core, Plotting, PlottingCairo), from their symbol graphs.

Runs swift-symbolgraph-extract on the debug build's modules (run `swift build` first), then
  - prints how many public symbols each module has and how many carry their own `///` comment;
  - fails when a public declaration has no doc comment of its own (compiler-synthesised members such as
    `init(rawValue:)` and `init(from:)` have no source and are not counted as missing);
  - fails when the public symbols differ from the committed list scripts/public-api.txt, printing the
    difference: a symbol made public (or package) on purpose is recorded with --update;
  - fails unless the README's example (Examples/PlottingQuickStart/main.swift) and scripts/public-api-user.swift
    (a custom mark, canvas, panel and 3-D mark) type-check as code outside the package, which sees no
    `package` declaration.

Usage: python3 scripts/public-api.py [--update] [--list]
"""
import json
import os
import subprocess
import sys
import tempfile

MODULES = ["Core", "Plotting", "PlottingCairo", "PlottingAnimation"]
C_MODULES = ["CCairo", "CPangoCairo", "CPNG", "CZlib", "CGif", "CWebP"]
PKG_CONFIG = ["cairo", "pangocairo", "libpng", "zlib"]
BASELINE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "public-api.txt")
USER_CODE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "public-api-user.swift")


def module_includes():
    """Search paths for the debug build's Swift modules and the C modules they import."""
    bin_path = subprocess.run(["swift", "build", "--show-bin-path"], capture_output=True, text=True, check=True).stdout.strip()
    includes = ["-I", os.path.join(bin_path, "Modules")]
    for c in C_MODULES:
        includes += ["-I", os.path.join("Sources", c)]
    cflags = subprocess.run(["pkg-config", "--cflags-only-I"] + PKG_CONFIG, capture_output=True, text=True, check=True).stdout.split()
    for flag in cflags:
        includes += ["-Xcc", flag]
    return includes


def outside_user_compiles(includes):
    """Type-checks the example and the extension points without -package-name, as another package would."""
    with tempfile.TemporaryDirectory() as work:
        main = os.path.join(work, "main.swift")  # top-level code is allowed only in main.swift
        with open(main, "w") as f:
            f.write(open("Examples/PlottingQuickStart/main.swift").read())
        result = subprocess.run(["swiftc", "-typecheck", *includes, main, USER_CODE], capture_output=True, text=True)
    if result.returncode != 0:
        print("the public API no longer serves code outside the package:\n" + result.stderr, file=sys.stderr)
    return result.returncode == 0


def symbol_graphs(out_dir, includes):
    triple = subprocess.run(["swiftc", "-print-target-info"], capture_output=True, text=True, check=True)
    target = json.loads(triple.stdout)["target"]["triple"]
    for module in MODULES:
        subprocess.run(["swift-symbolgraph-extract", "-module-name", module, "-target", target, *includes,
                        "-minimum-access-level", "public", "-skip-synthesized-members", "-skip-inherited-docs",
                        "-output-dir", out_dir], check=True, stderr=subprocess.DEVNULL)


def public_symbols(out_dir, module):
    """(name, kind, own doc?, has source?) of each public symbol, extensions of other modules' types included."""
    symbols = {}
    for name in os.listdir(out_dir):
        if name == f"{module}.symbols.json" or name.startswith(f"{module}@"):
            for s in json.load(open(os.path.join(out_dir, name)))["symbols"]:
                if s["accessLevel"] not in ("public", "open"):
                    continue
                doc = s.get("docComment") or {}
                own_doc = bool(doc.get("lines")) and doc.get("module", module) == module
                symbols[s["identifier"]["precise"]] = (".".join(s["pathComponents"]), s["kind"]["identifier"],
                                                       own_doc, "location" in s)
    return sorted(symbols.values())


def main():
    update, listing = "--update" in sys.argv, "--list" in sys.argv
    includes = module_includes()
    with tempfile.TemporaryDirectory() as out_dir:
        symbol_graphs(out_dir, includes)
        lines, undocumented = [], []
        for module in MODULES:
            symbols = public_symbols(out_dir, module)
            documented = sum(1 for s in symbols if s[2])
            print(f"{module}: {len(symbols)} public symbols, {documented} with their own doc comment")
            lines += [f"{module} {kind} {name}" for name, kind, _, _ in symbols]
            undocumented += [f"{module} {kind} {name}" for name, kind, doc, source in symbols if source and not doc]
    if listing:
        print("\n".join(lines))
    failed = not outside_user_compiles(includes)
    if undocumented:
        print("public declarations without a /// doc comment:\n  " + "\n  ".join(undocumented), file=sys.stderr)
        failed = True
    if update:
        with open(BASELINE, "w") as f:
            f.write("\n".join(lines) + "\n")
        print(f"wrote {os.path.relpath(BASELINE)}")
    else:
        recorded = open(BASELINE).read().splitlines() if os.path.exists(BASELINE) else []
        added, removed = sorted(set(lines) - set(recorded)), sorted(set(recorded) - set(lines))
        if added or removed:
            print("the public API differs from scripts/public-api.txt (run with --update if intended):", file=sys.stderr)
            for line in added:
                print(f"  + {line}", file=sys.stderr)
            for line in removed:
                print(f"  - {line}", file=sys.stderr)
            failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
