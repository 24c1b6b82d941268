#!/usr/bin/env bash
# Load test of `isnad serve` on loopback with wrk: requests per second and p99
# latency for a short article at 1, 8 and 64 connections, then a soak at 64
# connections that checks no failed request, no crash and the server's RSS
# before and after.
# Usage: [ISNAD_SERVE_ARGS="--threads N ..."] bench/load.sh [seconds per level (10)] [soak seconds (30)]
# Needs build/isnad and wrk (tools/deps.sh bench).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
soak=${2:-30}
bin=build/isnad
[[ -x $bin ]] || { echo "load.sh: build $bin first" >&2; exit 2; }
command -v wrk >/dev/null || { echo "load.sh: wrk missing (tools/deps.sh bench)" >&2; exit 2; }

work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
# The short article: the first three paragraphs of the sample (about 80 words).
python3 - "$work/body.json" <<'PY'
import json, sys
text = open("data/samples/sana-2017-lavrov.txt", encoding="utf-8").read()
short = "\n\n".join(text.split("\n\n")[:4])
json.dump({"id": "short", "text": short}, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
print(f"short article: {len(short.split())} words, {len(short.encode())} bytes", file=sys.stderr)
PY
export ISNAD_BODY=$work/body.json

$bin serve --host 127.0.0.1 --port 0 ${ISNAD_SERVE_ARGS:-} 2> "$work/server.err" &
pid=$!
for _ in $(seq 100); do
  grep -q "listening on" "$work/server.err" && break
  sleep 0.1
done
url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+/' "$work/server.err")
[[ -n $url ]] || { cat "$work/server.err" >&2; exit 1; }
echo "server: $url (pid $pid), $(nproc) cores; wrk ${secs}s per level"
rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }

# One wrk run; prints "conns req/s p99 failed" and returns wrk's report in $work/last.
run() {
  local conns=$1 dur=$2 threads=$(( $1 < 2 ? $1 : 2 ))
  wrk -t"$threads" -c"$conns" -d"${dur}s" --timeout 10s --latency -s bench/post_article.lua \
      "${url}v1/analyze" > "$work/last"
  local rps p99 non2xx errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/last")
  p99=$(awk '$1 == "99%" {print $2}' "$work/last")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/last"); non2xx=${non2xx:-0}
  errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$work/last"); errors=${errors:-0}
  local total; total=$(awk '/requests in/ {print $1}' "$work/last")
  printf "%-12s %6s conns  %10s req/s  p99 %8s  requests %8s  non-2xx %s  socket errors %s\n" \
         "$3" "$conns" "$rps" "$p99" "$total" "$non2xx" "$errors"
  failed=$(( non2xx + errors ))
}

wrk -t1 -c4 -d2s -s bench/post_article.lua "${url}v1/analyze" > /dev/null  # warm up
status=0
for c in 1 8 64; do
  run "$c" "$secs" level
  (( failed == 0 )) || status=1
done

before=$(rss)
run 64 "$soak" soak
(( failed == 0 )) || { echo "soak: $failed failed requests" >&2; status=1; }
after=$(rss)
if ! kill -0 "$pid" 2>/dev/null; then
  echo "soak: the server died" >&2; status=1
elif ! python3 -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('${url}healthz').status != 200)"; then
  echo "soak: /healthz failed after the soak" >&2; status=1
fi
echo "soak RSS: before ${before} kB, after ${after} kB"
exit $status
