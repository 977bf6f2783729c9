#!/usr/bin/env bash
# A package that depends on dlplot's libraries and turns the default trait off (`traits: []`, as the README
# shows) must not fetch swift-argument-parser, nor the DocC plugin: SwiftPM leaves out a dependency that only
# targets of a disabled trait use (the executables, trait "CommandLine") or that no target uses (the plugin).
# Builds nothing: it resolves the dependency graph of a scratch consumer (under a second each), with the
# default traits too, so the check can fail: that consumer must pull swift-argument-parser.
#   bash scripts/check-dependents.sh        (run by make test)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
swift=${SWIFT:-swift}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
ln -s "$root" "$scratch/dlplot"  # the identity `dlplot`, whatever the clone's folder is called

# The packages in the resolved graph of a consumer whose dependency on dlplot ends with $1 (e.g. `traits: []`).
resolved_packages() {
    local consumer="$scratch/consumer-$2"
    mkdir -p "$consumer/Sources/consumer"
    cat >"$consumer/Package.swift" <<MANIFEST
// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "consumer",
    dependencies: [.package(path: "$scratch/dlplot"$1)],
    targets: [
        .executableTarget(
            name: "consumer",
            dependencies: [
                .product(name: "Plotting", package: "dlplot"),
                .product(name: "PlottingCairo", package: "dlplot"),
                .product(name: "PlottingAnimation", package: "dlplot"),
            ]
        )
    ]
)
MANIFEST
    echo 'import PlottingCairo' >"$consumer/Sources/consumer/main.swift"
    if ! "$swift" package --package-path "$consumer" show-dependencies --format json >"$consumer/graph.json" \
        2>"$consumer/stderr"; then
        echo "check-dependents: swift package show-dependencies failed for a consumer ($2):" >&2
        grep -v '^Fetch\|^Comput\|^Creating\|^Working' "$consumer/stderr" >&2
        exit 1
    fi
    python3 -c '
import json, sys
def walk(node):
    for child in node.get("dependencies", []):
        print(child["identity"])
        walk(child)
walk(json.load(open(sys.argv[1])))' "$consumer/graph.json"
}

without=$(resolved_packages ", traits: []" library-only)
with=$(resolved_packages "" default-traits)
if [ "$without" != dlplot ]; then
    echo "check-dependents: a dependent with traits: [] resolves '$(echo $without)'; only dlplot is allowed" >&2
    exit 1
fi
if ! grep -qx swift-argument-parser <<<"$with"; then
    echo "check-dependents: with the default traits swift-argument-parser was not resolved ('$(echo $with)'): the check sees nothing" >&2
    exit 1
fi
echo "check-dependents: a dependent with traits: [] resolves only dlplot (with the default traits: $(echo $with))"
