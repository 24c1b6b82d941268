#!/usr/bin/env bash
# Installs the Debian packages isnad needs, skipping those already present.
# Usage: tools/deps.sh [build|test|bench|train]...  (build is always included)
set -euo pipefail

build_pkgs=(g++ cmake make pkg-config libicu-dev nlohmann-json3-dev libcli11-dev zlib1g-dev
            libcpp-httplib-dev libssl-dev libgumbo-dev libgtest-dev libgmock-dev libbenchmark-dev)
# chromium, the font and node/npm: the page's end-to-end test (tests/e2e/).
test_pkgs=(python3 chromium fonts-noto-core)
# nodejs and npm only when missing: a machine may have node from elsewhere,
# whose npm is built in. tests/e2e pins playwright-core 1.49.1, which runs on
# Debian 12's own node 18 as well as on newer ones.
command -v node >/dev/null 2>&1 || test_pkgs+=(nodejs)
command -v npm >/dev/null 2>&1 || test_pkgs+=(npm)
bench_pkgs=(liblucene8-java default-jdk-headless libstemmer-dev wrk)
# fasttext: the word vectors behind the entity tagger's word classes
# (tools/recipes.sh train_clusters); only to retrain the models.
train_pkgs=(fasttext)

want=("${build_pkgs[@]}")
for set in "$@"; do
  case "$set" in
    build) ;;
    test) want+=("${test_pkgs[@]}") ;;
    bench) want+=("${bench_pkgs[@]}") ;;
    train) want+=("${train_pkgs[@]}") ;;
    *) echo "deps.sh: unknown set '$set' (build, test, bench, train)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  sudo_cmd=""
  [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
