// PosTagger: one Universal POS tag per syntactic word of a sentence, as in
// UD Arabic-PADT (NOUN, ADP, ADJ, VERB, X for foreign names, ...).
//
// A greedy left-to-right averaged perceptron over the word, its prefixes and
// suffixes (up to 4 letters), its shape, its neighbours (two each side),
// where it stands in its token (a clitic و, the stem, a pronoun suffix), the
// whole token, the tags it and its neighbours took in training (ambiguity
// classes), and the two previous tags. Words seen often with one tag in
// training take it from a tag dictionary without scoring.
//
// Needs: the words of one sentence (CliticSegmenter's output, letters
// normalized by SegmentationLetter). Immutable after Load/Train; share
// across threads. Cost: about 25 feature lookups per word; no allocation.
#ifndef ISNAD_TAG_POS_TAGGER_H_
#define ISNAD_TAG_POS_TAGGER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "isnad/document.h"
#include "isnad/status.h"
#include "isnad/tag/conllu.h"
#include "isnad/tag/linear_model.h"
#include "isnad/tag/model_file.h"

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
};

class PosTagger {
 public:
  struct Scratch {
    std::vector<uint64_t> features;
    std::vector<int32_t> scores;
    std::vector<uint32_t> ambiguity;
    std::vector<uint32_t> profile;
  };

  // Writes one tag per word into tags[0..n).
  void Tag(const TaggerWord* words, size_t n, Scratch* scratch, Upos* tags) const;

  Status Load(const ModelReader& in);
  void Save(ModelWriter* out) const;

  // Fails only when options.corpus cannot be read.
  static Status Train(const std::vector<ConlluSentence>& train, const TaggerTrainOptions& options,
                      PosTagger* out, std::string* log);

  size_t num_features() const { return model_.num_features(); }
  size_t dictionary_size() const { return dict_keys_.size(); }

 private:
  void Features(const TaggerWord* w, const uint32_t* amb, const uint32_t* prof, size_t n, size_t i,
                int t1, int t2, std::vector<uint64_t>* f) const;
  Status BuildProfiles(const TaggerTrainOptions& options, std::string* log);
  int DictionaryTag(std::u32string_view form) const;   // class or -1
  uint32_t Ambiguity(std::u32string_view form) const;  // 0 when unknown
  uint32_t Profile(std::u32string_view form) const;    // 0 when unknown

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
  LinearModel model_;  // classes: Upos - 1
};

// The TokenKind of a PADT surface token, judged from its letters (the
// analysis tokenizer's kind is used at run time).
TokenKind GuessTokenKind(std::u32string_view token);

}  // namespace isnad

#endif  // ISNAD_TAG_POS_TAGGER_H_
