// PosTagger: one Universal POS tag per syntactic word of a sentence, as in
// UD Arabic-PADT (NOUN, ADP, ADJ, VERB, X for foreign names, ...).
//
// Greedy averaged perceptrons over the word, its prefixes and suffixes (up
// to 5 letters; those of the stem after ال), its shape, its neighbours (two
// each side), where it stands in its token (a clitic و, the stem, a pronoun
// suffix), the whole token, the tags it and its neighbours took in training
// (ambiguity classes) and the tags its stem took (without ال and an ending
// such as ة ات ون ين ي, for unseen inflections), corpus profiles and
// distributional word classes of it and its neighbours, and the two previous
// tags. Trained as averaged perceptrons, or (TaggerTrainOptions::update_rule)
// with passive-aggressive updates, optionally several training orders
// averaged into one model. Optionally a right-to-left model reads the sentence backwards first;
// its scores are added to the left-to-right model's. An optional second pass
// also sees the first pass's tags on both sides (stacking). Words seen often
// with one tag in training take it from a tag dictionary without scoring.
//
// Needs: the words of one sentence (CliticSegmenter's output, letters
// normalized by SegmentationLetter). Immutable after Load/Train; share
// across threads. Cost: about 70 feature lookups per word and model; no
// allocation once the scratch is warm.
#ifndef ISNAD_TAG_POS_TAGGER_H_
#define ISNAD_TAG_POS_TAGGER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "isnad/document.h"
#include "isnad/status.h"
#include "isnad/tag/conllu.h"
#include "isnad/tag/key_index.h"
#include "isnad/tag/linear_model.h"
#include "isnad/model_file.h"

namespace isnad {

// One word to tag, as views into the caller's buffers.
struct TaggerWord {
  std::u32string_view form;   // normalized letters (SegmentationLetter)
  std::u32string_view token;  // normalized letters of the whole token
  uint8_t index = 0;          // position of the word in its token
  uint8_t count = 1;          // words in the token
  TokenKind kind = TokenKind::kWord;
};

struct TaggerTrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  float prune = 0.0005f;
  int dict_min_count = 20;        // tag dictionary: words seen this often ...
  float dict_min_share = 0.995f;  // ... with one tag this often
  int ambiguity_min_count = 2;    // ambiguity classes of words seen this often
  // Unlabelled news (JSON lines with "text", gzip allowed): when given, each
  // word's corpus profile (frequency; how often it takes the article ال and
  // a pronoun suffix) becomes a feature, which tells names (X) from nouns.
  std::string corpus;
  int corpus_min_count = 3;
  // Distributional word classes from the corpus (needs `corpus`): the
  // cluster_words most frequent words are grouped by the words seen left and
  // right of them (spherical k-means, cluster_coarse groups each split in
  // up to 8), deterministically from the seed.
  int cluster_words = 50000;
  int cluster_coarse = 100;
  // Two passes: the second sees the first pass's tags of the words to the
  // right. Its training data is tagged by first-pass models trained on the
  // other folds (jackknifing), so that it learns how far to trust them.
  int passes = 2;
  int stack_folds = 5;
  // When set: for every sentence of `train`, for every token, the words a
  // segmenter trained without that sentence's fold gives it (UTF-8 forms).
  // The tagger then learns on those words (jackknifing): a word aligned with
  // a gold word of the same form takes its tag; the others are tagged as
  // context but teach nothing. Dictionary and ambiguity classes stay gold.
  const std::vector<std::vector<std::vector<std::string>>>* segmented = nullptr;
  // A second model reads each sentence right to left; its scores are added
  // to those of the left-to-right one when decoding.
  bool right_to_left = false;
  // The learning rule (training only; the model is scored the same way):
  // 0 the averaged perceptron (a step of 1 when the guess is wrong); 1
  // passive-aggressive (PA-I): whenever the gold tag does not beat the best
  // other tag by a margin of 1, a step of min(pa_cap, loss / ||Δφ||²).
  int update_rule = 0;
  float pa_cap = 1.f;
  // Models trained with this many consecutive seeds (training orders), their
  // averaged weights averaged into one model: no extra cost when tagging.
  int seed_average = 1;
  // Training reads the previous tags the model guessed; with this
  // probability (per sentence) it reads the gold ones instead.
  float gold_history = 0.f;
};

class PosTagger {
 public:
  // What the tagger looks up once per word of a sentence.
  struct WordInfo {
    uint32_t amb = 0;      // ambiguity class (bit set of tags), 0 unknown
    uint32_t prof = 0;     // corpus profile code, 0 unknown
    uint32_t cluster = 0;  // corpus word class, 0 unknown
    uint32_t stem = 0;     // ambiguity class of the word's stem (StemOf), 0 unknown
    // The tag dictionary's class (DictionaryTag), or kDictUnset: not looked
    // up yet (Decode then looks it up; training's WordInfo stay unset, since
    // its dictionary changes between passes).
    int32_t dict = kDictUnset;
  };
  static constexpr int32_t kDictUnset = -2;
  struct Scratch {
    std::vector<uint64_t> features;
    std::vector<int32_t> scores;
    std::vector<WordInfo> info;
    std::vector<uint8_t> first;  // first-pass tags (classes)
    std::vector<TaggerWord> rwords;  // the sentence reversed (right-to-left model)
    std::vector<WordInfo> rinfo;
    std::vector<int32_t> rscores;    // its scores, n × classes, in sentence order
  };

  // Writes one tag per word into tags[0..n).
  void Tag(const TaggerWord* words, size_t n, Scratch* scratch, Upos* tags) const;

  // What the lexicons say of one word form (its dictionary tag included).
  // It depends on the form alone: a caller that meets a form again may keep
  // it and pass it to TagDescribed, saving the lookups.
  WordInfo Describe(std::u32string_view form) const;
  // Tag with info[i] == Describe(words[i].form) given.
  void TagDescribed(const TaggerWord* words, const WordInfo* info, size_t n, Scratch* scratch,
                    Upos* tags) const;

  Status Load(const ModelReader& in);
  void Save(ModelWriter* out) const;

  // Fails only when options.corpus cannot be read.
  static Status Train(const std::vector<ConlluSentence>& train, const TaggerTrainOptions& options,
                      PosTagger* out, std::string* log);

  // The tag the training data gives `form` (normalized letters, or the form
  // itself when it has none) almost always, or kNone.
  Upos DictionaryUpos(std::u32string_view form) const {
    int t = DictionaryTag(form);
    return t < 0 ? Upos::kNone : static_cast<Upos>(t + 1);
  }

  size_t num_features() const { return model_.num_features() + model2_.num_features(); }
  size_t dictionary_size() const { return dict_keys_.size(); }

 private:
  // `first`: the first pass's tags (second pass only, else null).
  static void Features(const TaggerWord* w, const WordInfo* info, size_t n, size_t i, int t1,
                       int t2, const uint8_t* first, std::vector<uint64_t>* f);
  // Greedy left-to-right decoding with `model` into tags[0..n) (classes).
  // `bias` (n × classes, or null) is added to the scores; `keep` (or null)
  // receives them.
  void Decode(const LinearModel& model, const TaggerWord* w, const WordInfo* info, size_t n,
              const uint8_t* first, Scratch* s, uint8_t* tags, const int32_t* bias = nullptr,
              int32_t* keep = nullptr) const;
  // The right-to-left model's scores of the sentence into s->rscores.
  void ScoreRightToLeft(const TaggerWord* w, const WordInfo* info, size_t n, Scratch* s) const;
  void Lookup(const TaggerWord* w, size_t n, std::vector<WordInfo>* info) const;
  WordInfo LookupOne(std::u32string_view form) const;  // dict left unset
  Status BuildProfiles(const TaggerTrainOptions& options, std::string* log);
  int DictionaryTag(std::u32string_view form) const;   // class or -1
  uint32_t Ambiguity(std::u32string_view form) const;  // 0 when unknown
  uint32_t StemAmbiguity(std::u32string_view form) const;  // 0 when unknown
  uint32_t Profile(std::u32string_view form) const;    // 0 when unknown
  uint32_t Cluster(std::u32string_view form) const;    // 0 when unknown

  // The model file's arrays by section name, in file order: Save writes this
  // list and Load reads it, so the two cannot drift apart. `Self` is the
  // class, const or not.
  template <typename Self, typename F>
  static void ForEachArray(Self& self, F&& f);

  std::vector<uint64_t> dict_keys_;  // sorted hashes of forms
  std::vector<uint8_t> dict_tags_;
  // Ambiguity classes: the tags each training word (seen twice or more)
  // takes, as a bit set; sorted by key. In training each sentence sees the
  // classes of the other nine tenths of the data (jackknifing), so that the
  // model does not learn to trust them more than they deserve on new text.
  std::vector<uint64_t> amb_keys_;
  std::vector<uint32_t> amb_tags_;
  // Corpus profiles: sorted hashes of forms and a small code for each.
  std::vector<uint64_t> profile_keys_;
  std::vector<uint8_t> profile_codes_;
  // Corpus word classes: sorted hashes of forms; code = coarse * 8 + fine + 1.
  std::vector<uint64_t> cluster_keys_;
  std::vector<uint16_t> cluster_codes_;
  // Lookup tables over the sorted keys above, built when a model is loaded.
  KeyIndex dict_index_, amb_index_, profile_index_, cluster_index_;
  LinearModel model_;   // classes: Upos - 1
  LinearModel model2_;  // second pass (absent: one pass)
  LinearModel model_r_;  // right to left (absent: none)
};

// The TokenKind of a PADT surface token, judged from its letters (the
// analysis tokenizer's kind is used at run time).
TokenKind GuessTokenKind(std::u32string_view token);

}  // namespace isnad

#endif  // ISNAD_TAG_POS_TAGGER_H_
