#!/usr/bin/env bash
# Every dev figure of the README's quality table, from the project's own
# evaluation commands, on ../shared/data (the dev splits; no test split is
# read or needed).
#
#   bash tools/eval_models.sh [stage...]
#     stages: attribution segpos ner persuasion checkworthy (default: all),
#     and ner-cv (not in the default: about 17 min)
#
# The committed models are scored as they are, except where they were
# trained on the dev data themselves:
#   - ner: the shipped model trains on all of ANERcorp train, so a model with
#     the shipped settings is trained on the first 90% (--dev-fraction 0.1,
#     seeds 1, 2, 3; about 100 s each) and scored on the last 10%; ner-cv
#     trains it 10 times (seed 1), each time with another tenth of train
#     held out (contiguous parts), and scores the ten held-out parts pooled:
#     ten times the test sentences of one dev split, so less noise; both
#     first make the word classes (build/train/clusters.bin, about 15 min of
#     fasttext) when they are missing;
#   - checkworthy: the shipped model trains on train + dev, so the figure is
#     its recipe's 5-fold cross-validation over dev (printed by training into
#     a temporary folder); the same recipe on train alone is scored on dev.
# The recipes are those of tools/train_models.sh (tools/recipes.sh). Set
# ISNAD_SHARED for another ../shared and ISNAD_NER_SEEDS to change the NER seeds (e.g. "1" for a quick look).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${ISNAD_SHARED:-../shared}/data"
[[ -d $DATA ]] || { echo "eval_models.sh: no data at $DATA (set ISNAD_SHARED)" >&2; exit 2; }
stages=("$@")
(( ${#stages[@]} )) || stages=(attribution segpos ner persuasion checkworthy)
for stage in "${stages[@]}"; do
  case $stage in
    attribution|segpos|ner|ner-cv|persuasion|checkworthy) ;;
    *) echo "eval_models.sh: unknown stage '$stage' (attribution segpos ner ner-cv persuasion checkworthy)" >&2; exit 2 ;;
  esac
done

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target isnad >&2
source tools/recipes.sh
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
P="$DATA/persuasion"

for stage in "${stages[@]}"; do
  echo "== $stage"
  case $stage in
    attribution)
      build/isnad eval attribution "$DATA/attribution/dev.jsonl" ;;
    segpos)
      build/isnad eval segpos "$DATA/padt/dev.conllu" ;;
    ner)
      # The shipped model's settings (tools/train_models.sh), the last 10% held out.
      [[ -f build/train/clusters.bin ]] || train_clusters >&2
      for seed in ${ISNAD_NER_SEEDS:-1 2 3}; do
        echo "-- seed $seed"
        train_ner "$tmp/ner-$seed" "$seed" 0.1 2>/dev/null | sed -n '/^dev (/,$p'
      done ;;
    ner-cv)
      [[ -f build/train/clusters.bin ]] || train_clusters >&2
      folds=${ISNAD_NER_FOLDS:-10}
      for k in $(seq "$folds"); do
        train_ner "$tmp/ner-cv" 1 0 --dev-fold "$k" --dev-folds "$folds" 2>/dev/null |
          tee >(sed -n "s/^overall/part $k/p" >&2) | grep -E '^(overall|PERS|LOC|ORG|MISC) '
      done | awk -v folds="$folds" '
        { g[$1] += $5; s[$1] += $6; c[$1] += $7; if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
        END {
          printf "pooled over %d held-out parts\n%-8s %9s %9s %9s %7s %7s %7s\n", folds, "type", "precision", "recall", "F1", "gold", "system", "correct"
          for (i = 1; i <= n; ++i) { t = order[i]; p = s[t] ? 100 * c[t] / s[t] : 0; r = g[t] ? 100 * c[t] / g[t] : 0
            printf "%-8s %9.2f %9.2f %9.2f %7d %7d %7d\n", t, p, r, p + r ? 2 * p * r / (p + r) : 0, g[t], s[t], c[t] } }' ;;
    persuasion)
      echo "-- ArAIEval 2024 spans, project dev part"
      build/isnad eval persuasion --spans "$P/araieval2024_task1_dev.jsonl" --split dev | grep -E "gold / predicted|P / R|micro-F1"
      echo "-- ArMPro spans (V2 labels), project dev part"
      build/isnad eval persuasion --spans "$P/armpro_span_dev.jsonl" --split dev | grep -E "gold / predicted|P / R|micro-F1"
      echo "-- ArAIEval 2023 1A dev"
      build/isnad eval persuasion --binary "$P/araieval2023_task1A_dev.jsonl" | grep -E "micro-F1|macro-F1|F1 persuasive"
      echo "-- ArAIEval 2023 1B dev"
      build/isnad eval persuasion --multilabel "$P/araieval2023_task1B_dev.jsonl" | grep -E "^(micro|macro)-F1" ;;
    checkworthy)
      echo "-- the shipped recipe (train + dev): 5-fold cross-validation over dev"
      train_checkworthy "$tmp/cw" 2>/dev/null | grep "^cv" ;;
  esac
done
