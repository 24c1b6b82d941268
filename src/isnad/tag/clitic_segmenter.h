// CliticSegmenter: splits an Arabic word token into its syntactic words, as
// UD Arabic-PADT does: وبأنه → و ب أن ه, للأسلحة → ل الأسلحة, مدينته →
// مدينة ه, إليه → إلى ه.
//
// Each letter of the token gets one label: keep the letter (optionally
// followed by a word boundary), or rewrite it (ت → ة| before a pronoun,
// ي → ى|, ل → ل|ا for ل + ال). The label set and which letters may take
// which labels are learned from the treebank by aligning each surface token
// with its words, so no orthographic rule is written by hand. Tokens seen in
// training take their most frequent segmentation from a lexicon; other tokens
// (names, loanwords, typos) are labelled letter by letter by an averaged
// perceptron over character n-grams, token prefixes/suffixes, whether the
// pieces a split would leave are known words, how often the token and those
// pieces occur as whole tokens in a news corpus (so a frequent name such as
// باليرمو is not split into ب + اليرمو), and the previous label.
//
// Needs: the token's text. Immutable after Load/Train; share across threads
// (each thread passes its own Scratch). Cost: one hash lookup per known
// token; about 20 feature lookups per letter otherwise; no allocation once
// the scratch is warm.
#ifndef ISNAD_TAG_CLITIC_SEGMENTER_H_
#define ISNAD_TAG_CLITIC_SEGMENTER_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "isnad/status.h"
#include "isnad/tag/conllu.h"
#include "isnad/tag/key_index.h"
#include "isnad/tag/linear_model.h"
#include "isnad/model_file.h"

namespace isnad {

// The letter normalization segmentation and tagging work on: diacritics and
// tatweel dropped (0), أ إ آ ٱ → ا, Persian ی ک → ي ك, digits → ASCII; ة and
// ى are kept (they are what the rewrites restore).
char32_t SegmentationLetter(char32_t c);

struct SegmenterTrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  float prune = 0.0005f;  // drop features whose weights are all this small
  // Tokens seen this often go to the lexicon (the others to the letter model).
  int lexicon_min_count = 1;
  // Features telling whether a split leaves words seen in training.
  bool known_words = true;
  // Unlabelled news (JSON lines with "text", gzip allowed): when given, how
  // often a token and the pieces a split would leave occur as whole tokens
  // there become features (a name like لافروف is frequent, افروف is not).
  std::string corpus;
  int corpus_min_count = 2;
};

class CliticSegmenter {
 public:
  // Reusable buffers of one thread.
  struct Scratch {
    std::u32string letters;        // normalized letters of the token
    std::vector<uint32_t> source;  // index in the token of each letter
    std::vector<uint8_t> labels;
    std::vector<uint64_t> features;
    std::vector<int32_t> scores;
  };

  // Segments `token` (original code points). For each word, appends its
  // form (UTF-8; kept letters keep their diacritics) to `arena` and pushes
  // {offset, length} onto `words`. A token without letters is one word.
  void Segment(std::u32string_view token, Scratch* scratch, std::string* arena,
               std::vector<std::pair<uint32_t, uint32_t>>* words) const;

  Status Load(const ModelReader& in);
  void Save(ModelWriter* out) const;

  // Learns from the tokens of `train`; `log` (optional) gets progress lines.
  // Fails only when options.corpus cannot be read.
  static Status Train(const std::vector<ConlluSentence>& train,
                      const SegmenterTrainOptions& options, CliticSegmenter* out,
                      std::string* log);

  size_t num_labels() const { return labels_.size(); }
  size_t lexicon_size() const { return lex_keys_.size(); }
  size_t num_features() const { return model_.num_features(); }

 private:
  void Label(Scratch* s) const;  // fills s->labels from s->letters
  // What Features reads of the whole token, the same for each of its
  // letters: looked up and hashed once per token, not once per letter.
  struct TokenFacts {
    bool known = false;           // KnownWord(letters)
    uint32_t count = 0;           // CorpusCount(letters)
    FeatureHash whole{19};        // template 19 with the letters added
  };
  TokenFacts FactsOf(std::u32string_view letters) const;
  // `word_start`: the letter where the current word began (after the last
  // boundary labelled so far); `token`: FactsOf(letters).
  void Features(const std::u32string& letters, const TokenFacts& token, size_t i, int prev,
                size_t word_start, std::vector<uint64_t>* f) const;
  bool EndsWord(int label) const { return labels_[label].find(U'|') != std::u32string::npos; }
  bool Allowed(char32_t letter, int label) const;
  bool KnownWord(std::u32string_view letters) const;
  // log2 of the corpus count of `letters` as a whole token, + 1; 0 unseen.
  uint32_t CorpusCount(std::u32string_view letters) const;

  std::vector<std::u32string> labels_;  // '=' stands for the letter, '|' a boundary
  // Letters that may take each label beyond the two keep labels, sorted.
  // The model file's arrays by section name, in file order: Save writes this
  // list and Load reads it, so the two cannot drift apart. `Self` is the
  // class, const or not.
  template <typename Self, typename F>
  static void ForEachArray(Self& self, F&& f);

  std::vector<uint64_t> allowed_;      // (letter << 8) | label
  std::vector<uint64_t> lex_keys_;     // sorted hashes of known tokens
  std::vector<uint32_t> lex_offsets_;  // into lex_labels_, size + 1
  std::vector<uint8_t> lex_labels_;
  std::vector<uint64_t> vocab_;  // sorted hashes of the training words
  std::vector<uint64_t> corpus_keys_;   // sorted hashes of corpus tokens
  std::vector<uint8_t> corpus_counts_;  // their CorpusCount
  // Training only: how often each word occurs in each tenth of the data, and
  // the tenth being trained on, so that a token's own words do not count as
  // known (the letter model serves tokens unseen in training).
  const std::unordered_map<uint64_t, std::array<uint32_t, 11>>* fold_vocab_ = nullptr;
  // Lookup tables over the sorted keys above, built when a model is loaded.
  KeyIndex lex_index_, vocab_index_, corpus_index_;
  int fold_ = 0;
  LinearModel model_;
};

}  // namespace isnad

#endif  // ISNAD_TAG_CLITIC_SEGMENTER_H_
