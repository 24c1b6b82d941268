#!/usr/bin/env bash
# First command of the README: install what isnad needs (Debian packages),
# build it in build/, and analyse the bundled sample article.
set -euo pipefail
cd "$(dirname "$0")"
bash tools/deps.sh build
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
echo
echo "== isnad analyze --format text data/samples/sana-2017-lavrov.txt"
./build/isnad analyze --format text data/samples/sana-2017-lavrov.txt
