#!/usr/bin/env bash
# Builds the libFuzzer target (tests/fuzz/analyze_fuzz.cc) with clang, ASan
# and UBSan in build/fuzz, and runs it for SECONDS (default 300) from a seed
# corpus of the sample article, a JSON Lines record and an HTML page.
# A crash leaves its input as build/fuzz/crash-* (replay: build/fuzz/analyze_fuzz FILE).
#   bash tests/fuzz/run.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
secs="${1:-300}"
command -v clang++ >/dev/null || { echo "run.sh: clang++ missing (apt install clang)" >&2; exit 2; }
CXX=clang++ cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DISNAD_FUZZ=ON \
  -DISNAD_TESTS=OFF >/dev/null
cmake --build build/fuzz -j"$(nproc)" --target analyze_fuzz
corpus=build/fuzz/corpus
mkdir -p "$corpus"
# The first byte chooses the way in: 0 text, 1 lenient text, 2 JSON Lines record, 3 HTML.
{ printf '\x00'; head -c 3000 data/samples/sana-2017-lavrov.txt; } >"$corpus/text"
{ printf '\x01'; head -c 1500 data/samples/sana-2017-lavrov.txt; printf '\xff\xfe'; } >"$corpus/lenient"
python3 - "$corpus/jsonl" <<'PY'
import json, sys
text = open("data/samples/sana-2017-lavrov.txt", encoding="utf-8").read()[:1500]
open(sys.argv[1], "wb").write(b"\x02" + json.dumps({"id": "s", "text": text}, ensure_ascii=False).encode())
PY
{ printf '\x03<html><body><article><p>'; head -c 1500 data/samples/sana-2017-lavrov.txt; printf '</p></article></body></html>'; } >"$corpus/html"
cd build/fuzz
./analyze_fuzz -max_total_time="$secs" -max_len=4096 -timeout=30 -rss_limit_mb=4096 corpus
