// Named-entity data in the CoNLL layout of ANERcorp, and its scores.
//
// Layout: one token a line, its BIO tag in the last column (whitespace
// separated), a blank line between sentences. Tags: O, B-X, I-X with X one of
// PERS (also read as PER), LOC, ORG, MISC.
//
// Scores (NerScores) follow conlleval: an entity is a maximal chunk begun by
// B-X, or by I-X after O or after another type; it is correct when gold and
// system have a chunk with the same first token, last token and type.
#ifndef ISNAD_TAG_NER_CONLL_H_
#define ISNAD_TAG_NER_CONLL_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "isnad/status.h"

namespace isnad {

// Tags: 0 = O, then B and I of each type in the order PER, LOC, ORG, MISC.
constexpr int kNerTypes = 4;
constexpr int kNerTags = 1 + 2 * kNerTypes;
inline int NerTagType(int tag) { return tag == 0 ? -1 : (tag - 1) / 2; }  // EntityType order
inline bool NerTagBegins(int tag) { return tag != 0 && (tag - 1) % 2 == 0; }
inline int NerBegin(int type) { return 1 + 2 * type; }
inline int NerInside(int type) { return 2 + 2 * type; }
// "O", "B-PERS", "I-PERS", "B-LOC", ... (ANERcorp's names).
const char* NerTagName(int tag);
// -1 when `name` is no tag.
int NerTagFromName(std::string_view name);
const char* NerTypeName(int type);  // PERS LOC ORG MISC

struct NerSentence {
  std::vector<std::string> tokens;
  std::vector<uint8_t> tags;  // empty when read without tags
  size_t line = 0;            // line of the first token
};

// Reads `path`. With `tags`, each line must end in a tag (else an error naming
// file and line); without, only the first column is read.
Status ReadNerConll(const std::string& path, bool tags, std::vector<NerSentence>* out);
// Parses CoNLL text (`name` labels errors).
Status ParseNerConll(std::string_view text, const std::string& name, bool tags,
                     std::vector<NerSentence>* out);
// Appends "token TAG" lines and a blank line.
void AppendNerConll(const NerSentence& s, std::string* out);

// The chunks of a tag sequence: {first, end, type}.
struct NerChunk {
  uint32_t first = 0, end = 0;
  int type = 0;
  bool operator==(const NerChunk& o) const {
    return first == o.first && end == o.end && type == o.type;
  }
};
void NerChunks(const uint8_t* tags, size_t n, std::vector<NerChunk>* out);

struct NerScores {
  std::array<size_t, kNerTypes> gold{}, system{}, correct{};
  size_t tokens = 0, tokens_correct = 0;
  void Add(const uint8_t* gold_tags, const uint8_t* system_tags, size_t n);
  // In percent; type -1 is the overall (micro) figure.
  double Precision(int type = -1) const;
  double Recall(int type = -1) const;
  double F1(int type = -1) const;
  std::string Format() const;  // a conlleval-like table
};

}  // namespace isnad

#endif  // ISNAD_TAG_NER_CONLL_H_
