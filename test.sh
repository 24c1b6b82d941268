#!/usr/bin/env bash
# Second command of the README: build and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")"
bash tools/deps.sh build test
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
# The page's end-to-end test drives chromium with playwright-core (lockfile).
(cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
cd build
ctest --output-on-failure -j"$(nproc)" --timeout 600
