// Segmentation and tagging scores, computed as the CoNLL 2018 shared task
// evaluation script (conll18_ud_eval.py) does: the non-space characters of
// the gold and the system sentence are the same; tokens match when they
// cover the same characters; words are aligned within each stretch where
// both sides cut at a token boundary, by the longest common subsequence of
// their forms; UPOS counts aligned words with the same tag.
//
// Forms are compared normalized (diacritics and tatweel dropped, أ إ آ ٱ →
// ا, ى → ي, ة → ه, ASCII lower case), since PADT writes some words in
// restored spelling (للأسلحة → ل + الأسلحة). Cost: linear in the sentence
// plus the LCS of each multiword stretch.
#ifndef ISNAD_TAG_SEGPOS_EVAL_H_
#define ISNAD_TAG_SEGPOS_EVAL_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "isnad/document.h"
#include "isnad/status.h"
#include "isnad/tag/conllu.h"

namespace isnad {

struct SegPosScores {
  size_t gold_tokens = 0, system_tokens = 0, matched_tokens = 0;
  size_t gold_words = 0, system_words = 0, aligned_words = 0, matched_upos = 0;
  // Aligned words by gold tag (row) and system tag (column).
  std::array<std::array<uint32_t, kUposCount>, kUposCount> confusion{};
  // When set, one line per aligned word with a wrong tag: "gold system form".
  std::vector<std::string>* errors = nullptr;

  static double F1(size_t correct, size_t gold, size_t system) {
    return gold + system == 0 ? 0.0 : 200.0 * correct / static_cast<double>(gold + system);
  }
  double TokensF1() const { return F1(matched_tokens, gold_tokens, system_tokens); }
  double WordsF1() const { return F1(aligned_words, gold_words, system_words); }
  double UposF1() const { return F1(matched_upos, gold_words, system_words); }
};

// Adds one sentence: `gold`, and tokens [first_token, end_token) of `system`
// (which carries kLayerWords) analysing the same text. Fails when the
// non-space characters differ.
Status ScoreSentence(const ConlluSentence& gold, const Document& system, uint32_t first_token,
                     uint32_t end_token, SegPosScores* scores);

}  // namespace isnad

#endif  // ISNAD_TAG_SEGPOS_EVAL_H_
