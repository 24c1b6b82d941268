// WordClasses: word classes induced from unlabeled news, so that the
// entity tagger can generalize from the names it saw in training to names
// used in the same contexts ("موسكو" and "انقرة"; "لافروف" and "كيري").
//
// Induction (Build), deterministic given the seed:
//   1. The corpus (JSON lines with "text", gzip allowed) is cut into words:
//      runs of Arabic letters, normalized by NerLetter; punctuation marks a
//      boundary. Clitics stay attached, as in ANERcorp's tokens.
//   2. Each of the `vocabulary` most frequent words gets a context vector:
//      the sum over its occurrences of a random ±1 vector (`dims` dimensions)
//      of each neighbour (positions −2, −1, +1, +2, the neighbour one of the
//      `contexts` most frequent words, else "rare", or "boundary"), weighted
//      1/sqrt(frequency of the neighbour); the vectors are centred on their
//      mean and scaled to unit length.
//   3. Spherical k-means (k-means++ seeding from the seed) at each of three
//      granularities (64, 256, 1024 classes by default).
// Each word's three class ids are packed in a uint32: levels 0 and 1 as id
// + 1 in 11 bits each, level 2 (at most 1,024 classes) as the id in the top
// 10 bits; 0 is an unknown word.
//
// Or (options.vectors) step 2 reads each word's vector from a file written
// by an embedding trainer (`fasttext skipgram`, Debian's fasttext) on the
// corpus as WriteClusterWords cuts it; steps 1 and 3 are the same. The
// shipped classes are made so (tools/recipes.sh): skip-gram vectors place a
// word by more of its contexts than the ±2 window above, and the entity
// tagger scores higher with their classes (models/ner/README.md).
//
// Immutable after Load/Build; share across threads. Find: one hash probe,
// no allocation.
#ifndef ISNAD_TAG_WORD_CLASSES_H_
#define ISNAD_TAG_WORD_CLASSES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "isnad/io/corpus_words.h"
#include "isnad/model_file.h"
#include "isnad/status.h"
#include "isnad/tag/key_table.h"

namespace isnad {

// The letter normalization of entity tagging: SegmentationLetter (no
// diacritics or tatweel, أ إ آ → ا, digits → ASCII), and also ى → ي, ة → ه,
// which news spells either way. 0 for characters to drop.
char32_t NerLetter(char32_t c);

// The corpus cut into words as Build cuts it: ForEachCorpusWord with
// NerLetter.
template <typename OnWord, typename OnMark, typename OnTextEnd>
Status ForEachClusterWord(const std::string& corpus, OnWord on_word, OnMark on_mark,
                          OnTextEnd on_text_end) {
  return ForEachCorpusWord(corpus, NerLetter, on_word, on_mark, on_text_end);
}

struct WordClassOptions {
  size_t vocabulary = 60000;
  size_t contexts = 2000;
  int dims = 96;
  int iterations = 10;
  int levels[3] = {64, 256, 1024};
  size_t max_docs = 0;  // 0: the whole corpus
  uint64_t seed = 1;
  // When set, a word's vector is read from this file (word2vec text format,
  // as `fasttext skipgram` writes it: a header line, then a word and its
  // numbers per line) instead of being built from its contexts; a word of
  // the vocabulary missing from the file is left unclustered.
  std::string vectors;
};

// Writes the corpus cut into words as Build cuts it, one text per line, a
// boundary (punctuation) as the token "|": the input of an external
// embedding trainer whose vectors Build then reads (options.vectors).
Status WriteClusterWords(const std::string& corpus, size_t max_docs, const std::string& path);

class WordClasses {
 public:
  // Packed class ids of a word (NerLetter-normalized letters), 0 when unknown.
  uint32_t Find(std::u32string_view letters) const;
  // The same when the caller has the letters' WordKey already (no rehash).
  uint32_t Find(std::u32string_view letters, uint64_t key) const;
  void Prefetch(uint64_t key) const { table_.Prefetch(key); }  // of a Find soon after
  // Class id (1-based; 0: unknown) at level 0, 1 or 2 of a packed value.
  // (Level 2 was id + 1 in 11 bits until 2026-11-30, which overflowed the
  // uint32 for the last of 1,024 classes: its words read as unknown.)
  static uint32_t Level(uint32_t packed, int level) {
    if (level < 2) return (packed >> (level * 11)) & 0x7FF;
    return packed == 0 ? 0 : (packed >> 22) + 1;
  }

  static Status Build(const std::string& corpus, const WordClassOptions& options, WordClasses* out,
                      std::string* log);

  void Save(ModelWriter* out) const;  // sections "ccluk", "cclv"
  Status Load(const ModelReader& in);
  size_t size() const { return table_.size(); }

 private:
  KeyTable table_;  // WordKey → packed class ids
};

// The hash under which a word's letters are stored.
uint64_t WordKey(std::u32string_view letters);

}  // namespace isnad

#endif  // ISNAD_TAG_WORD_CLASSES_H_
