// CoNLL-U: reading gold treebanks (UD Arabic-PADT) and writing tagged text.
//
// The reader keeps what segmentation and tagging need: each sentence's
// `# text`, its surface tokens (multiword-token range lines) and their
// syntactic words with UPOS. Other columns are ignored. Malformed input is a
// Status naming the file and line. Cost: linear in the file.
#ifndef ISNAD_TAG_CONLLU_H_
#define ISNAD_TAG_CONLLU_H_

#include <string>
#include <vector>

#include "isnad/document.h"
#include "isnad/status.h"

namespace isnad {

struct ConlluWord {
  std::string form;
  Upos upos = Upos::kNone;
};

struct ConlluToken {
  std::string form;        // the surface token
  bool multiword = false;  // written as a range line (even of one word)
  std::vector<ConlluWord> words;
};

struct ConlluSentence {
  size_t line = 0;   // line of the sentence's first line, 1-based
  std::string text;  // `# text`, or the tokens joined by spaces when absent
  std::vector<ConlluToken> tokens;
};

// Reads a CoNLL-U file ("-": standard input).
Status ReadConllu(const std::string& path, std::vector<ConlluSentence>* out);
Status ParseConllu(std::string_view bytes, const std::string& name,
                   std::vector<ConlluSentence>* out);

// Appends one sentence of a document that carries kLayerWords: a `# text`
// line, a range line "i-j<TAB>form" for every token split into several
// words, one line per word with its UPOS, then a blank line. `sent_id` is
// written when not empty.
void AppendConlluSentence(const Document& doc, uint32_t first_token, uint32_t end_token,
                          const std::string& sent_id, std::string* out);

}  // namespace isnad

#endif  // ISNAD_TAG_CONLLU_H_
