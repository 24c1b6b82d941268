// ForEachCorpusWord: an unlabeled corpus (ForEachCorpusText) cut into words,
// the one cutting that every corpus statistic of the models uses (the
// segmenter's word counts, the POS tagger's profiles, the word classes, the
// persuasion lexicon's expansion), so that they cannot drift apart.
//
// A word is a run of Arabic letters after `letter`, the caller's letter
// normalization (SegmentationLetter, NerLetter), which returns 0 for a
// character to drop; any other character ends the word. Clitics stay
// attached. Invalid UTF-8 is replaced.
#ifndef ISNAD_IO_CORPUS_WORDS_H_
#define ISNAD_IO_CORPUS_WORDS_H_

#include <string>
#include <string_view>

#include "isnad/io/corpus_reader.h"
#include "isnad/status.h"
#include "isnad/text/chars.h"
#include "isnad/text/utf8.h"

namespace isnad {

// For each text, in order: on_word(letters, raw) for each word (raw: the
// same letters as written), on_mark() for each other character that is not
// a space (a boundary), and on_text_end() after the last word, which returns
// false to stop reading.
template <typename Letter, typename OnWord, typename OnMark, typename OnTextEnd>
Status ForEachCorpusWord(const std::string& corpus, Letter letter, OnWord on_word, OnMark on_mark,
                         OnTextEnd on_text_end) {
  std::u32string letters, raw;
  auto flush = [&]() {
    if (letters.empty()) return;
    on_word(std::u32string_view(letters), std::u32string_view(raw));
    letters.clear();
    raw.clear();
  };
  Utf8DecodeResult r;
  return ForEachCorpusText(corpus, [&](std::string_view text) {
    (void)DecodeUtf8(text, true, &r);
    for (char32_t ch : r.code_points) {
      const char32_t l = letter(ch);
      if (l == 0) continue;
      if (IsArabicLetter(l)) {
        letters.push_back(l);
        raw.push_back(ch);
      } else {
        flush();
        if (!IsSpace(l)) on_mark();
      }
    }
    flush();
    return on_text_end();
  });
}

}  // namespace isnad

#endif  // ISNAD_IO_CORPUS_WORDS_H_
