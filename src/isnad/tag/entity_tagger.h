// EntityTagger: named entities (PER, LOC, ORG, MISC) in the BIO scheme of
// ANERcorp, one tag per token, and the analysis stage that groups them into
// the entities of the document (entity_linker.h).
//
// An averaged structured perceptron (linear_model.h) decoded by Viterbi with
// the BIO constraint (I-X only after B-X or I-X): token features score the
// tags, edge features score (previous tag, tag) pairs. Token features: its
// letters, its stem (the token without the prefix clitics و ف ب ل ك that the
// clitic segmenter split off, so that "ولافروف" looks like "لافروف"), the stem
// without the article, the clitics themselves, prefixes and suffixes (1-4
// letters) and inner letter trigrams of the stem, its shape and UPOS, the
// words and stems of its neighbours (two each side), gazetteer matches (GATE
// Arabic gazetteer, LGPL: every n-gram of up to 4 stems that is an entry
// marks its tokens with the entry's list, as begin or inside; four more lists
// hold the names of the training data by type, jackknifed in training:
// NerTrainOptions::train_names), its
// neighbours' gazetteer lists, word classes induced from unlabeled news
// (word_classes.h) at three granularities for it and its neighbours, and
// the document memory: what the earlier sentences of the document tagged the
// same stem as (Scratch::memory), and the trigger lexicon: how often
// unlabeled news writes the stem right after (before) a word that announces
// (closes) an entity of each type in the training data (KeyTable triggers_).
// Tried and removed (models/ner/README.md): a lexicon of the corpus tagged by
// models trained without it, features of quotation marks, word dropout, a
// second pass with the whole document's decisions in memory, an ensemble;
// self-training on the corpus and cost-augmented training (not committed).
// Edge features: the stem, its
// class, its UPOS, its gazetteer flags, the UPOS pair with the previous token.
// After tagging, one sense per discourse (PropagateNames, the model's
// propagate types): a name tagged ORG or MISC in the document is tagged so
// where it recurs untagged.
//
// Model: one file, `<models>/ner/ner.bin` (models/ner/README.md): the
// weights, the gazetteer and the word classes. Immutable after Load/Train;
// share across threads (each thread its own Scratch, kept thread_local by
// Process). Needs: tokens and sentences; uses the words layer (clitic
// segmentation, UPOS) when present. Cost: about 55 hashed feature lookups
// per token and 7 edge rows of 81 weights; no heap allocation per token once
// a thread's buffers are warm (the memory grows with the document's names).
#ifndef ISNAD_TAG_ENTITY_TAGGER_H_
#define ISNAD_TAG_ENTITY_TAGGER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "isnad/document.h"
#include "isnad/model_file.h"
#include "isnad/status.h"
#include "isnad/tag/gazetteer.h"
#include "isnad/tag/key_table.h"
#include "isnad/tag/linear_model.h"
#include "isnad/tag/ner_conll.h"
#include "isnad/tag/word_classes.h"

namespace isnad {

class WordTagger;

// The defaults are the recipe of the shipped model (models/ner/README.md),
// so `isnad train ner` without options trains what ships.
struct NerTrainOptions {
  int epochs = 12;
  uint64_t seed = 1;
  // Train the same node and edge weights as a linear-chain CRF (log-likelihood
  // with L1 and L2 penalties, AdaGrad SGD; crf_trainer.h) instead of the
  // averaged structured perceptron; the model file and the decoder are the same.
  bool crf = true;
  float crf_l2 = 1.f;
  float crf_l1 = 1.f;
  float crf_rate = 0.1f;
  float prune = 0.0005f;
  // Document memory: sentences per pseudo-document of the training data
  // (ANERcorp marks no documents; 0: no memory), and the folds of the
  // cross-validation that gives the memory of the training sentences.
  int doc_block = 15;
  int folds = 10;
  // Subtracted from the score of O at every token (perceptron units): trades
  // precision for recall.
  float o_penalty = 0;
  // Trigger lexicon: stems seen at least this often in the corpus.
  int lexicon_min_count = 3;
  // Trigger lexicon: from the corpus, for each stem, the shares of its
  // occurrences right after a word that announces an entity of each type in
  // the training data (and right before one that follows one).
  bool triggers = true;  // needs a corpus; without one, no lexicon
  float trigger_share = 0.4f;
  bool trigger_neighbours = true;  // also the neighbours' shares
  // One sense per discourse (PropagateNames after tagging a document), kept
  // in the model: bits of the types (EntityType order) whose names are
  // propagated (0: none).
  int propagate = 15;
  // Training-name lists: the names (chunks of up to 4 word tokens, by stem)
  // of the training data as four extra gazetteer lists, one per type, kept
  // where the n-gram is that type in at least train_names_share of its
  // occurrences in train. Jackknifed: a training sentence sees only the
  // names of the other folds (`folds`, contiguous), as new text sees the
  // names of all of train.
  bool train_names = true;
  float train_names_share = 0.3f;
  int train_names_types = 15;  // bits of the types listed (EntityType order)
};

// The training-name entries: for each n-gram key of `names` (one chunk
// each: its key, its type, its fold) and `occurrences` (every n-gram of word
// tokens of the training data: its key and fold), the bits of the types
// (EntityType order) it is kept as when the folds other than `skip_fold`
// (-1: all) are counted: a type with at least share × the n-gram's
// occurrences there. Sorted by key.
struct TrainingName {
  uint64_t key;
  int type;
  int fold;
};
std::vector<std::pair<uint64_t, uint32_t>> TrainingNameEntries(
    const std::vector<TrainingName>& names, const std::vector<std::pair<uint64_t, int>>& occurrences,
    int skip_fold, float share);

class EntityTagger {
 public:
  // Per-thread buffers.
  struct Scratch {
    std::u32string letters;
    struct Info {
      uint32_t form_off, form_len, stem_off, stem_len;
      uint64_t form_key, stem_key;
      uint32_t clusters, gaz_begin, gaz_inside, gaz_word;
      uint8_t kind, upos, prefix;
      uint8_t memory;  // what the document memory holds for the stem (0: nothing)
      uint32_t triggers;  // what the trigger lexicon holds for the stem (0: nothing)
    };
    std::vector<Info> info;
    std::vector<uint64_t> features;
    std::vector<uint64_t> gaz_keys;    // tokens × 2 × max_words n-gram keys (0: none)
    std::vector<int32_t> scores;       // tokens × kNerTags
    std::vector<int32_t> edge_scores;  // tokens × kNerTags²
    std::vector<uint8_t> only_o, back;
    std::vector<uint8_t> tags;
    // Document memory: stem key → bits of the entity types (and B/I) this
    // document's earlier tokens with that stem were tagged as. Tag adds its
    // decisions; clear it at the start of each document.
    std::unordered_map<uint64_t, uint8_t> memory;
  };

  static std::string ModelPath(const std::string& models_dir);  // <models>/ner/ner.bin
  static Status Load(const std::string& path, std::unique_ptr<EntityTagger>* out);
  Status Save(const std::string& path,
              const std::vector<std::pair<std::string, std::string>>& header) const;

  // Tags tokens [first, end) of `doc` as one sentence: tags[0 .. end-first),
  // using and then extending scratch->memory.
  void Tag(const Document& doc, uint32_t first, uint32_t end, Scratch* scratch,
           uint8_t* tags) const;

  // The analysis stage: tags every sentence and groups the mentions into
  // Document::entities (LinkEntities); adds kLayerEntities.
  void Process(Document* doc) const;

  // Learns from `train`, each sentence as a Document made by
  // DocumentFromTokens and (when `words` is given) segmented by it.
  // `corpus` (optional): unlabeled documents, tokenized and segmented, for
  // the trigger lexicon (NerTrainOptions::triggers).
  static EntityTagger Train(const std::vector<NerSentence>& train, const WordTagger* words,
                            Gazetteer gazetteer, WordClasses clusters,
                            const std::vector<Document>* corpus, const NerTrainOptions& options,
                            std::string* log);

  const std::string& header() const { return header_; }
  // Sentences per pseudo-document for sentence-per-block data (CoNLL): clear
  // the memory every this many sentences (0: every sentence).
  int doc_block() const { return doc_block_; }
  // PropagateNames's types (0: off); Process applies it to each document, and
  // a caller that tags sentence by sentence applies it to each block.
  int propagate_types() const { return propagate_; }
  // The key of token i of the sentence that Tag last tagged with `s`, for
  // PropagateNames: its stem (words of two letters or more, not a function
  // word or verb by its UPOS), its form (numbers), else 0 (never part of a
  // propagated name).
  static uint64_t NameKey(const Scratch& s, size_t i);
  size_t num_features() const { return model_.num_features() + edges_.num_features(); }
  const Gazetteer& gazetteer() const { return gaz_; }
  const WordClasses& clusters() const { return clusters_; }
  const KeyTable& triggers() const { return triggers_; }

 private:
  void Prepare(const Document& doc, uint32_t first, uint32_t end, Scratch* s) const;
  void Decode(const Document& doc, uint32_t first, uint32_t end, const LinearModel& model,
              const LinearModel& edges, float node_unit, float edge_unit, Scratch* s,
              uint8_t* tags) const;
  void StaticFeatures(const Scratch& s, size_t i, std::vector<uint64_t>* f) const;
  static void Remember(const Scratch& s, const uint8_t* tags,
                       std::unordered_map<uint64_t, uint8_t>* memory);
  static void EdgeFeatures(const Scratch& s, size_t i, std::vector<uint64_t>* f);

  LinearModel model_;  // token features → tag
  LinearModel edges_;  // token features → (previous tag, tag)
  bool trigger_neighbours_ = false;
  Gazetteer gaz_;
  WordClasses clusters_;
  KeyTable triggers_;  // trigger lexicon: stem → packed shares (TriggerValue)
  std::string header_;
  int doc_block_ = 0;
  int propagate_ = 0;
  float node_unit_ = 0, edge_unit_ = 0;
  float o_penalty_ = 0;  // fixed point → perceptron units
};

// One sense per discourse: each name of the document (a chunk of `tags`,
// compared by the token keys `keys`) whose most frequent type in the document
// is one of `types` (bits, EntityType order; ties go to the earlier type) is
// given that type wherever its keys recur with all tags O, inside one sentence
// (`starts[i]`: a sentence begins at token i) and not followed by an I tag.
// Keys 0 never match. Longer names first, left to right. Tags n tokens.
void PropagateNames(const uint64_t* keys, const uint8_t* starts, size_t n, int types,
                    uint8_t* tags);

// A Document whose text is `tokens` joined by spaces, with exactly those
// tokens (kinds guessed from their characters) as one sentence. For tagging
// pre-tokenized text (CoNLL).
void DocumentFromTokens(const std::vector<std::string>& tokens, Document* doc);

}  // namespace isnad

#endif  // ISNAD_TAG_ENTITY_TAGGER_H_
