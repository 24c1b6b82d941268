#!/usr/bin/env bash
# Throughput of isnad against peers, per core (everything single-threaded).
#
#   bash bench/run.sh [MB]      (default 20 MB of article text)
#
# Builds isnad (Release) and the peer programs, takes the first MB megabytes
# of article text of the SaudiNewsNet corpus (../shared/data/corpus) into a
# temp folder, and runs on that same text:
#   - isnad, library (Google Benchmark, bench/text_bench.cc): tokenize +
#     normalize; text layer (tokens, quotes, sentences); whole Analyze + JSON;
#   - isnad, command line, timed: `isnad tokenize --jsonl`, `isnad analyze
#     --jsonl` (reading, JSON Lines parsing and output to /dev/null included);
#   - Lucene 8 ArabicAnalyzer (tokenize, normalize, stop words, stem),
#     bench/peers/LuceneArabicBench.java;
#   - the Snowball Arabic stemmer on white-space split words,
#     bench/peers/snowball_bench.cc.
# MB/s counts MiB (2^20 bytes) of UTF-8 article text consumed per second of
# CPU time of the working thread (Google Benchmark's default; thread CPU
# clocks in the peers; user + sys of the process for the CLI), so that a
# shared, loaded machine skews the figures less; wall-clock rates are shown
# beside them where measured. Each figure is the best of several passes; the
# load average is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
MB="${1:-20}"
CORPUS="${ISNAD_CORPUS:-../shared/data/corpus/saudinewsnet.jsonl.gz}"
REPS="${ISNAD_BENCH_REPS:-3}"

bash tools/deps.sh bench test >&2
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target isnad isnad_bench >&2

PEERS=build/peers
mkdir -p "$PEERS"
g++ -O2 -std=c++17 bench/peers/snowball_bench.cc -lstemmer -o "$PEERS/snowball_bench"
LUCENE_CP="$(ls /usr/share/java/lucene-core-[0-9]*.jar | head -1):$(ls /usr/share/java/lucene-analyzers-common-[0-9]*.jar | head -1)"
javac -nowarn -cp "$LUCENE_CP" -d "$PEERS" bench/peers/LuceneArabicBench.java

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
# sample.jsonl: {"id","text"} for isnad; sample.txt: the same texts one a
# line (newlines inside an article become spaces: same byte count).
python3 - "$CORPUS" "$MB" "$TMP" <<'PY'
import gzip, json, sys
corpus, mb, tmp = sys.argv[1], float(sys.argv[2]), sys.argv[3]
limit = int(mb * (1 << 20))
total = n = 0
with gzip.open(corpus, "rt", encoding="utf-8") as f, \
     open(f"{tmp}/sample.jsonl", "w", encoding="utf-8") as js, \
     open(f"{tmp}/sample.txt", "w", encoding="utf-8") as txt:
    for line in f:
        if total >= limit:
            break
        rec = json.loads(line)
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            continue
        js.write(json.dumps({"id": rec.get("id", str(n)), "text": text}, ensure_ascii=False) + "\n")
        txt.write(text.replace("\r", " ").replace("\n", " ") + "\n")
        total += len(text.encode("utf-8"))
        n += 1
with open(f"{tmp}/bytes", "w") as b:
    b.write(str(total))
print(f"sample: {n} articles, {total / 1048576:.1f} MiB of text", file=sys.stderr)
PY
BYTES="$(cat "$TMP/bytes")"

echo "isnad library benchmark..." >&2
ISNAD_BENCH_INPUT="$TMP/sample.jsonl" ISNAD_BENCH_MB=1000000 \
  build/isnad_bench --benchmark_filter='^BM_(TokenizeNormalize|TextLayer|AnalyzeJson|JsonWrite)' \
  --benchmark_repetitions="$REPS" --benchmark_format=json \
  --benchmark_out="$TMP/lib.json" --benchmark_out_format=json >/dev/null

echo "isnad command line..." >&2
# Best of REPS runs, by CPU time (user + sys) and by wall time.
cli_time() {
  python3 - "$REPS" "$@" <<'PY'
import resource, subprocess, sys, time
reps, cmd = int(sys.argv[1]), sys.argv[2:]
best_cpu = best_wall = float("inf")
for _ in range(reps):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
    t1 = time.perf_counter()
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    best_cpu, best_wall = min(best_cpu, cpu), min(best_wall, t1 - t0)
print(f"{best_cpu} {best_wall}")
PY
}
T_TOK=$(cli_time build/isnad tokenize --jsonl --threads 1 "$TMP/sample.jsonl")
T_ANA=$(cli_time build/isnad analyze --jsonl --threads 1 "$TMP/sample.jsonl")
echo "Lucene ArabicAnalyzer..." >&2
LUCENE=$(java -cp "$PEERS:$LUCENE_CP" LuceneArabicBench "$TMP/sample.txt" 3 "$((REPS + 2))")
echo "Snowball Arabic..." >&2
SNOWBALL=$("$PEERS/snowball_bench" "$TMP/sample.txt" "$((REPS + 2))")

python3 - "$TMP/lib.json" "$BYTES" "$T_TOK" "$T_ANA" "$LUCENE" "$SNOWBALL" <<'PY'
import json, sys
lib_path, nbytes, t_tok, t_ana, lucene, snowball = sys.argv[1:]
t_tok, t_ana = [list(map(float, t.split())) for t in (t_tok, t_ana)]
nbytes = int(nbytes)
MiB = 1048576.0
lib = json.load(open(lib_path))
best = {}
for b in lib["benchmarks"]:
    if b.get("run_type") != "iteration" or "bytes_per_second" not in b:
        continue
    name = b["run_name"].split("/")[0]
    best[name] = max(best.get(name, 0.0), b["bytes_per_second"] / MiB)
def field(line, key):
    return float(dict(kv.split("=") for kv in line.split()[1:])[key])
luc = field(lucene, "best_mbps")
snow = field(snowball, "best_mbps")
luc_wall = field(lucene, "best_wall_mbps")
snow_wall = field(snowball, "best_wall_mbps")
mb = nbytes / MiB
rows = [
    ("isnad tokenize+normalize (library)", best["BM_TokenizeNormalize"], None),
    ("isnad text layer: tokens+quotes+sentences (library)", best["BM_TextLayer"], None),
    ("isnad whole Analyze + JSON (library)", best["BM_AnalyzeJson"], None),
    ("isnad JSON writer alone (library)", best["BM_JsonWrite"], None),
    ("isnad tokenize --jsonl (CLI)", mb / t_tok[0], mb / t_tok[1]),
    ("isnad analyze --jsonl (CLI)", mb / t_ana[0], mb / t_ana[1]),
    ("Lucene 8 ArabicAnalyzer (tokenize+normalize+stem)", luc, luc_wall),
    ("Snowball Arabic stemmer (split+stem)", snow, snow_wall),
]
print(f"\nsample: {mb:.1f} MiB of SaudiNewsNet article text, one thread each;")
print("MB/s = MiB of input text per CPU-second (best pass); wall: per wall-clock second\n")
print(f"| {'what':<52} | {'MB/s/core':>9} | {'wall MB/s':>9} | {'÷ Lucene':>8} | {'÷ Snowball':>10} |")
print(f"|{'-' * 54}|{'-' * 11}|{'-' * 11}|{'-' * 10}|{'-' * 12}|")
for name, v, w in rows:
    ws = f"{w:9.2f}" if w else f"{'':9}"
    print(f"| {name:<52} | {v:9.2f} | {ws} | {v / luc:8.2f} | {v / snow:10.2f} |")
print("\n" + lucene + "\n" + snowball)
PY
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
