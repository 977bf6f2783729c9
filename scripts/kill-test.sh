#!/usr/bin/env bash
# Kill test, run by `make test` after the golden check (needs the release binary: `make release`).
# Starts `dlplot all --out-dir D` and `dlplot train` (on a tiny IDX data set made here) and kill -9s them at
# random moments, KILLS times each (default 40; RANDOM is seeded, so the moments repeat run to run), and
# `dlplot all` KILLS/2 times more with named temporary files (DLPLOT_NAMED_TEMPORARY_FILES, the fallback for
# file systems without O_TMPFILE); checks after every kill:
#   - every file left is complete: PNG (chunk CRCs, inflated IDAT, IEND), SVG (xmllint --noout), PDF (ends
#     with %%EOF), HTML (ends with </html>), GIF (header and trailer), JSON (parses); an interrupted run leaves old or new files, whole;
#   - the only hidden files are temporary files of killed processes (.dlplot-tmp-<pid>-…, pid gone): they
#     are counted, and the next run into the folder must remove them (after one last complete run no hidden
#     file at all may remain).
# Prints one line per kind and ends with "kill-test: N passed, 0 failed". Runs in well under 60 s.
set -uo pipefail
BIN=$(realpath "${DLPLOT_BIN:-.build/release/dlplot}")
KILLS=${KILLS:-40}
RANDOM=${KILL_TEST_SEED:-1}
[ -x "$BIN" ] || { echo "kill-test: $BIN is missing: run make release" >&2; exit 1; }
# The system's python3 (a pyenv shim in front of it costs 0.3 s a start on a busy machine).
PYTHON=$(command -v /usr/bin/python3 || command -v python3) || { echo "kill-test: python3 is missing" >&2; exit 1; }
command -v xmllint >/dev/null || { echo "kill-test: xmllint is missing (apt-get install libxml2-utils)" >&2; exit 1; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dlplot-kill-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
passed=0 failed=0
fail() { echo "kill-test: FAIL $*" >&2; failed=$((failed + 1)); }

cat > "$WORK/check.py" <<'PY'
# Checks that every file named on the command line is complete; prints one line per incomplete file.
import json, struct, sys, zlib
def png(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n": return "no PNG signature"
    i, idat, end = 8, b"", False
    while i + 12 <= len(data):
        length, kind = struct.unpack(">I4s", data[i:i + 8])
        body = data[i + 8:i + 8 + length]
        if len(body) != length or struct.unpack(">I", data[i + 8 + length:i + 12 + length])[0] != zlib.crc32(kind + body):
            return "chunk %r cut or corrupt" % kind
        if kind == b"IDAT": idat += body
        if kind == b"IEND": end = True; break
        i += 12 + length
    if not end: return "no IEND"
    try: zlib.decompress(idat)
    except zlib.error as error: return "IDAT does not inflate: %s" % error
for path in sys.argv[1:]:
    data = open(path, "rb").read()
    problem = None
    if path.endswith(".png"): problem = png(data)
    elif path.endswith(".pdf"): problem = None if data.rstrip().endswith(b"%%EOF") else "no %%EOF at the end"
    elif path.endswith(".html"): problem = None if data.rstrip().endswith(b"</html>") else "no </html> at the end"
    elif path.endswith(".gif"):
        problem = None if data[:6] in (b"GIF87a", b"GIF89a") and data.endswith(b";") else "no GIF header or trailer"
    elif path.endswith(".json"):
        try: json.loads(data)
        except ValueError as error: problem = "JSON does not parse: %s" % error
    if problem: print("%s: %s" % (path, problem))
PY

# Checks folder $1 after process $2 was killed: complete files, and temporary files only of that process.
check_folder() {
  local folder=$1 killed=$2 problems temps
  problems=$(cd "$folder" && { find . -maxdepth 1 -type f ! -name '.*' -print0 | xargs -0 -r "$PYTHON" "$WORK/check.py"; \
    find . -maxdepth 1 -type f -name '*.svg' ! -name '.*' -print0 | xargs -0 -r xmllint --noout 2>&1 | head -3; })
  temps=$(find "$folder" -mindepth 1 -maxdepth 1 -name '.*' -printf '%f\n' | while read -r name; do
    owner=$(sed -n 's/^\.dlplot-tmp-\([0-9]*\)-.*/\1/p' <<<"$name")
    { [ -n "$owner" ] && ! kill -0 "$owner" 2>/dev/null; } || echo "$name"
  done | head -3)
  [ -z "$problems" ] || { fail "$folder after killing $killed: $problems"; return 1; }
  [ -z "$temps" ] || { fail "$folder: hidden files that are not temporary files of a killed process: $temps"; return 1; }
  strays=$((strays + $(find "$folder" -maxdepth 1 -name '.dlplot-tmp-*' | wc -l)))
  return 0
}

# Runs "$@" in the background, kill -9s it after a random 0…$1 ms, and checks folder $2.
kill_and_check() {
  local limit=$1 folder=$2; shift 2
  "$@" >/dev/null 2>&1 &
  local pid=$!
  sleep "$(printf '0.%03d' $((RANDOM % limit)))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  check_folder "$folder" "$pid" && passed=$((passed + 1))
}

# How long a complete run takes, in ms (at most 999: the kills spread over it).
duration_ms() {
  local start end
  start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N)
  local ms=$(((end - start) / 1000000 + 1))
  echo $((ms > 999 ? 999 : ms))
}

# Kills "$@" $2 times at random moments of a run into folder $1, then runs it once to the end: every check
# above after each kill, and no hidden file at all after the complete run.
kill_phase() {
  local folder=$1 kills=$2 name=$3; shift 3
  mkdir -p "$folder"
  local ms; ms=$(duration_ms "$@")
  rm -rf "$folder"; mkdir -p "$folder"
  strays=0
  for _ in $(seq "$kills"); do kill_and_check "$ms" "$folder" "$@"; done
  "$@" >/dev/null 2>&1 || fail "$name: a complete run after the kills failed"
  local left; left=$(find "$folder" -mindepth 1 -name '.*' | wc -l)
  [ "$left" = 0 ] && passed=$((passed + 1)) || fail "$name: $left hidden files remain in $folder after a complete run"
  echo "kill-test: $name: $kills kills over ${ms} ms runs; $strays temporary files seen right after a kill, $left after the next complete run"
}

# 1. dlplot all into a folder that fills up over the kills (unnamed O_TMPFILE files, renamed at the end).
ALL=(all --out-dir "$WORK/figures" --formats png,svg,pdf --animations gif,html --html)
kill_phase "$WORK/figures" "$KILLS" "dlplot all" "$BIN" "${ALL[@]}"
for png in "$WORK"/figures/*.png; do "$BIN" compare "$png" "$png" >/dev/null || fail "dlplot compare cannot decode $png"; done

# 2. The same with named temporary files (as on a file system without O_TMPFILE): a kill leaves them, the
#    next run removes them. Half as many kills, SVG only, to stay within the time budget.
NAMED=(all --out-dir "$WORK/named" --formats svg)
kill_phase "$WORK/named" $((KILLS / 2)) "dlplot all, named temporary files" env DLPLOT_NAMED_TEMPORARY_FILES=1 "$BIN" "${NAMED[@]}"

# 3. dlplot train on a tiny IDX data set (4×4 images), into a folder of its own.
mkdir -p "$WORK/data"
"$PYTHON" - "$WORK/data" <<'PY'
import struct, sys
folder = sys.argv[1]
for prefix, count in (("train", 60), ("t10k", 20)):
    pixels = bytearray()
    for index in range(count):
        pixels += bytes(200 if pixel // 4 == index % 4 else (index * 7 + pixel * 13) % 60 for pixel in range(16))
    open("%s/%s-images-idx3-ubyte" % (folder, prefix), "wb").write(struct.pack(">4I", 2051, count, 4, 4) + pixels)
    open("%s/%s-labels-idx1-ubyte" % (folder, prefix), "wb").write(struct.pack(">2I", 2049, count) + bytes(i % 4 for i in range(count)))
PY
TRAIN=(train --data-dir "$WORK/data" --iters 30000 --batch 6 --threads 1 --quiet --out "$WORK/series/run.json")
kill_phase "$WORK/series" "$KILLS" "dlplot train" "$BIN" "${TRAIN[@]}"

echo "kill-test: $passed passed, $failed failed"
[ "$failed" = 0 ]
