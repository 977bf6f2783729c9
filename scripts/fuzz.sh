#!/usr/bin/env bash
# Coverage-guided fuzzing of dlplot's input parsers with libFuzzer (swiftc -sanitize=fuzzer,address).
#
#   scripts/fuzz.sh [--ci] [TARGET...]        targets: expression idx png-compare svg-canonical parameters gif-decode
#                                             http-request
#
# Builds the modules the targets need (Core, Plotting, Figures, ImageComparison) with plain swiftc into
# $FUZZ_DIR (default .build-fuzz; the package's own build is untouched), links one fuzzer per file in Fuzz/,
# and runs each for $FUZZ_SECONDS (default 600; $FUZZ_JOBS at once, default 1) from the committed seeds in
# Fuzz/corpus/<target>/. A finding (crash, timeout over 10 s, more than 1 GiB of memory) is written to
# $FUZZ_DIR/artifacts/<target>/, the inputs a run discovers to $FUZZ_DIR/corpus/<target>/ (kept between runs).
# Ends with `fuzz: N passed, M failed`; the exit status is 1 when a target failed.
#
# --ci: $FUZZ_CI_SECONDS (default 30) per target, $FUZZ_CI_JOBS (default 2) at once, a fresh corpus every run
# and a fixed seed, so every run tries the same inputs (as many as the time allows), for `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."

ALL_TARGETS=(expression idx png-compare svg-canonical parameters gif-decode http-request)
CI=0
if [[ ${1:-} == --ci ]]; then CI=1; shift; fi
TARGETS=("$@")
[[ ${#TARGETS[@]} -gt 0 ]] || TARGETS=("${ALL_TARGETS[@]}")
if [[ $CI == 1 ]]; then
  SECONDS_EACH=${FUZZ_CI_SECONDS:-30}; JOBS=${FUZZ_CI_JOBS:-2}
else
  SECONDS_EACH=${FUZZ_SECONDS:-600}; JOBS=${FUZZ_JOBS:-1}
fi
SEED=${FUZZ_SEED:-1}
SWIFTC=${SWIFTC:-swiftc}
OUT=${FUZZ_DIR:-.build-fuzz}
MODULES=$OUT/modules
mkdir -p "$MODULES" "$OUT/bin" "$OUT/logs"

# Per target: source file in Fuzz/, longest input (bytes), dictionary.
declare -A SOURCE=([expression]=ExpressionFuzz [idx]=IDXFuzz [png-compare]=PNGCompareFuzz [svg-canonical]=SVGCanonicalFuzz [parameters]=ParameterFuzz [gif-decode]=GIFDecodeFuzz [http-request]=HTTPRequestFuzz)
declare -A MAX_LEN=([expression]=4096 [idx]=4096 [png-compare]=65536 [svg-canonical]=8192 [parameters]=512 [gif-decode]=65536 [http-request]=8192)
# Source files compiled into a target itself, for parsers whose module needs more than this script builds
# (FigureServer imports the socket library): they may import only what the target's own source imports.
declare -A EXTRA_SOURCES=([http-request]="Sources/FigureServer/HTTP/HTTPRequestHead.swift Sources/FigureServer/HTTP/RequestBuffer.swift Sources/FigureServer/QueryString.swift")
declare -A DICT=([expression]=expression.dict [svg-canonical]=svg.dict [parameters]=expression.dict)
for target in "${TARGETS[@]}"; do
  [[ -n ${SOURCE[$target]:-} ]] || { echo "fuzz: unknown target '$target'; expected one of: ${ALL_TARGETS[*]}" >&2; exit 2; }
done

FLAGS=(-swift-version 6 -package-name dlplot -O -sanitize=fuzzer,address -use-ld=lld -I "$MODULES")
for modulemap in Sources/*/module.modulemap; do FLAGS+=(-I "$(dirname "$modulemap")"); done
LIBS=(-lz -lpng16 -lgif)

# The package's Swift modules that the files given import (read from their import lines, so the module graph
# is the one in Sources/, whatever Package.swift says today).
imported_modules() {
  grep -hoE '^[[:space:]]*(@_implementationOnly[[:space:]]+|(public|package|internal)[[:space:]]+)?import[[:space:]]+[A-Za-z_]+' "$@" \
    | awk '{print $NF}' | sort -u | while read -r module; do
      if [[ -d Sources/$module && -n $(find "Sources/$module" -name '*.swift' | head -1) ]]; then echo "$module"; fi
    done
}
declare -A DEPS=() LEVEL=() VISITED=()
ORDER=()  # modules, each after the modules it imports; LEVEL: 0 for a module importing none, else 1 + theirs
visit() {
  [[ -z ${VISITED[$1]:-} ]] || return 0
  VISITED[$1]=1
  local -a deps; local dependency level=0
  mapfile -t deps < <(imported_modules $(find "Sources/$1" -name '*.swift') | grep -vx "$1" || true)
  DEPS[$1]="${deps[*]}"
  for dependency in "${deps[@]}"; do
    visit "$dependency"
    if (( LEVEL[$dependency] + 1 > level )); then level=$(( LEVEL[$dependency] + 1 )); fi
  done
  LEVEL[$1]=$level
  ORDER+=("$1")
}
declare -A LINK=()  # target → the modules it links, each after those it imports
for target in "${TARGETS[@]}"; do
  ORDER=() VISITED=()
  for module in $(imported_modules "Fuzz/${SOURCE[$target]}.swift"); do visit "$module"; done
  LINK[$target]="${ORDER[*]}"
done
ORDER=() VISITED=()
for target in "${TARGETS[@]}"; do for module in ${LINK[$target]}; do visit "$module"; done; done

# build_module NAME: one object and swiftmodule for Sources/NAME, rebuilt when a source, an imported module's
# object or this script is newer than the object.
build_module() {
  local name=$1 object=$MODULES/$1.o sources inputs=(scripts/fuzz.sh) dependency
  mapfile -t sources < <(find "Sources/$name" -name '*.swift' | sort)
  for dependency in ${DEPS[$name]}; do inputs+=("$MODULES/$dependency.o"); done
  if [[ -f $object ]] && [[ -z $(find "${sources[@]}" "${inputs[@]}" -newer "$object" | head -1) ]]; then return 0; fi
  "$SWIFTC" "${FLAGS[@]}" -module-name "$name" -parse-as-library -wmo -emit-module \
    -emit-module-path "$MODULES/$name.swiftmodule" -c -o "$object.tmp" "${sources[@]}"
  mv "$object.tmp" "$object"
}

build_start=$(date +%s)
# Level by level (a module after those it imports), two modules at a time: the machine has two cores.
for (( level = 0; level < ${#ORDER[@]}; level++ )); do
  pids=()
  for module in "${ORDER[@]}"; do
    [[ ${LEVEL[$module]} == "$level" ]] || continue
    build_module "$module" & pids+=($!)
    if [[ ${#pids[@]} -ge 2 ]]; then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
done
for target in "${TARGETS[@]}"; do
  binary=$OUT/bin/$target source=Fuzz/${SOURCE[$target]}.swift objects=() extra=(${EXTRA_SOURCES[$target]:-})
  for module in ${LINK[$target]}; do objects+=("$MODULES/$module.o"); done
  if [[ -x $binary ]] && [[ -z $(find scripts/fuzz.sh "$source" "${extra[@]}" "${objects[@]}" -newer "$binary" | head -1) ]]; then continue; fi
  "$SWIFTC" "${FLAGS[@]}" -module-name "fuzz_${target//-/_}" -parse-as-library "$source" "${extra[@]}" "${objects[@]}" "${LIBS[@]}" -o "$binary"
done
echo "fuzz: built ${#TARGETS[@]} target(s) in $(( $(date +%s) - build_start )) s"

# run_target TARGET: fuzz it; the verdict is the fuzzer's exit status, the numbers come from its last lines.
run_target() {
  local target=$1 corpus=$OUT/corpus/$1 artifacts=$OUT/artifacts/$1/ log=$OUT/logs/$1.log
  if [[ $CI == 1 ]]; then corpus=$OUT/ci-corpus/$target; rm -rf "$corpus"; fi
  mkdir -p "$corpus" "$artifacts"
  local options=(-seed="$SEED" -max_total_time="$SECONDS_EACH" -max_len="${MAX_LEN[$target]}" -rss_limit_mb=1024
                 -timeout=10 -artifact_prefix="$artifacts" -print_final_stats=1)
  [[ -n ${DICT[$target]:-} ]] && options+=(-dict="Fuzz/${DICT[$target]}")
  local status=0
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} "$OUT/bin/$target" "${options[@]}" "$corpus" "Fuzz/corpus/$target" >"$log" 2>&1 || status=$?
  local runs cov ft done_line
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  done_line=$(grep -E '^#[0-9]+[[:space:]]+(DONE|INITED|NEW|REDUCE|pulse)' "$log" | tail -1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$done_line"); ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$done_line")
  local summary="$target: ${runs:-?} runs, cov ${cov:-?}, ft ${ft:-?}, corpus $(find "$corpus" -type f | wc -l) (+$(find "Fuzz/corpus/$target" -type f | wc -l) seeds)"
  if [[ $status == 0 ]]; then
    echo "fuzz: passed $summary"
  else
    echo "fuzz: FAILED $summary; status $status, log $log, input: $(ls -t "$artifacts" 2>/dev/null | head -1 | sed "s|^|$artifacts|")"
    grep -m 3 -E 'ERROR|Fatal error|==[0-9]+==' "$log" | sed 's/^/fuzz:   /' || true
  fi
  return "$status"
}

passed=0 failed=0 running=()
finish_one() {
  if wait "${running[0]}"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
  running=("${running[@]:1}")
}
for target in "${TARGETS[@]}"; do
  run_target "$target" & running+=($!)
  if [[ ${#running[@]} -ge $JOBS ]]; then finish_one; fi
done
while [[ ${#running[@]} -gt 0 ]]; do finish_one; done
echo "fuzz: $passed passed, $failed failed"
[[ $failed == 0 ]]
