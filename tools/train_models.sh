#!/usr/bin/env bash
# Retrains every committed model, in dependency order, with the commands of
# the model cards (models/*/README.md), from the data in ../shared/data.
#
#   bash tools/train_models.sh [stage...]     stages: segpos ner persuasion checkworthy
#                                             (default: all of them, in that order)
#
# Order matters: the entity tagger reads the clitic segmenter of segpos, and
# the persuasion and check-worthiness models read the analysis (segpos words
# and tags, attributions), so a new segpos model means retraining the rest.
# Every command is single-threaded and deterministic for its seed: on the same
# code the files come out byte-identical. About 20 minutes on one core (2026-11-30: segpos
# 69 s, the word vectors of the entity tagger's word classes about 15 min (fasttext, one
# thread), its CRF 160 s, persuasion and check-worthiness 21 s).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${ISNAD_SHARED:-../shared}/data"
[[ -d $DATA ]] || { echo "train_models.sh: no training data at $DATA (set ISNAD_SHARED)" >&2; exit 2; }
stages=("$@")
(( ${#stages[@]} )) || stages=(segpos ner persuasion checkworthy)
for stage in "${stages[@]}"; do
  case $stage in
    segpos|ner|persuasion|checkworthy) ;;
    *) echo "train_models.sh: unknown stage '$stage' (segpos ner persuasion checkworthy)" >&2; exit 2 ;;
  esac
done
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target isnad
source tools/recipes.sh

for stage in "${stages[@]}"; do
  echo "== $stage" >&2
  case $stage in
    segpos)
      build/isnad train segpos --train "$DATA/padt/train.conllu" --dev "$DATA/padt/dev.conllu" \
        --out models/segpos --seed 1 --corpus "$CORPUS" --tagger-passes 1 \
        --tagger-update pa --pa-cap 0.005 --tagger-epochs 8 --tagger-seed-average 2 --tagger-prune 0.01 ;;
    ner)
      train_clusters
      train_ner models/ner 1 0 ;;
    persuasion)
      # The weak lexicon is expanded by the word classes of the entity tagger.
      [[ -f build/train/clusters.bin ]] || train_clusters
      build/isnad train persuasion --spans "$DATA/persuasion/araieval2024_task1_dev.jsonl" \
        --binary "$DATA/persuasion/araieval2023_task1A_train.jsonl" \
        --multilabel "$DATA/persuasion/araieval2023_task1B_train.jsonl" \
        --weak-lexicon "$DATA/persuasion/araieval2023_task1B_train.jsonl" \
        --lexicon-clusters build/train/clusters.bin --lexicon-corpus "$CORPUS" \
        --out models/persuasion --seed 1 --cv-thresholds true --span-runs 4 ;;
    checkworthy)
      train_checkworthy models/checkworthy ;;
    *) echo "train_models.sh: unknown stage '$stage' (segpos ner persuasion checkworthy)" >&2; exit 2 ;;
  esac
done
