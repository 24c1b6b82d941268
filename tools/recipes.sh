# The training recipes of the committed models that are also trained to be
# scored: sourced by tools/train_models.sh (which writes models/) and
# tools/eval_models.sh (which trains held-out copies), so that what is
# scored is what ships. Expects DATA (the data folder) and build/isnad.
# The model files record their command line: keep the arguments as they are,
# or the files stop coming out byte-identical.
CORPUS="$DATA/corpus/saudinewsnet.jsonl.gz"

# The entity tagger's word classes, at the fixed path its command records:
# the corpus cut into words, skip-gram vectors by Debian's fasttext (one
# thread, so that the vectors and the classes come out the same every run;
# about 14 min), and k-means classes of the vectors.
train_clusters() {
  mkdir -p build/train
  command -v fasttext >/dev/null || bash tools/deps.sh train
  build/isnad train clusters --corpus "$CORPUS" --write-words --out build/train/words.txt
  fasttext skipgram -input build/train/words.txt -output build/train/words -dim 100 -minCount 5 \
    -epoch 5 -thread 1 -seed 1 -verbose 0
  build/isnad train clusters --corpus "$CORPUS" --vectors build/train/words.vec \
    --out build/train/clusters.bin --seed 1
}

# train_ner OUT SEED DEV_FRACTION [OPTION...] (0: all of ANERcorp train; 0.1:
# the last tenth held out and scored; options are added, e.g. --dev-fold).
train_ner() {
  build/isnad train ner --train "$DATA/anercorp/train.txt" --dev-fraction "$3" \
    --gazetteer "$DATA/lexicons/gate-gazetteer" --clusters build/train/clusters.bin --corpus "$CORPUS" \
    --triggers --trigger-neighbours --propagate 15 --train-names --train-names-share 0.3 --folds 10 \
    --crf --l1 1 --l2 1 --learning-rate 0.1 \
    --out "$1" --seed "$2" --epochs 12 --doc-block 15 "${@:4}"
}

# train_checkworthy OUT: train + dev (dev counted twice); prints the 5-fold
# cross-validation over dev.
train_checkworthy() {
  build/isnad train checkworthy "$DATA/checkworthiness/CT24_checkworthy_arabic_train.tsv" \
    --add "$DATA/checkworthiness/CT24_checkworthy_arabic_dev.tsv" --add-repeat 2 --cv 5 \
    --features "checkworthy2 bag=1 func=1" --nb --learning-rate 1 --epochs 10 \
    --pos-weight-power 1 --seed 1 --out "$1"
}
