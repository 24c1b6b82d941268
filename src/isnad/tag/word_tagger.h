// WordTagger: the analysis stage that fills the words layer: every token is
// split into syntactic words (CliticSegmenter) and every word gets a UPOS tag
// (PosTagger), sentence by sentence.
//
// Arabic word tokens are segmented; other tokens are one word each, and
// punctuation, quotation marks, numbers, dates, URLs, e-mails, hashtags,
// mentions, emoji and symbols get their tag from their kind (PUNCT, NUM, X,
// SYM) unless the treebank almost always tags that very form otherwise (% is
// SYM in PADT); Latin-script words are tagged by the model (mostly X, as in
// PADT).
//
// Model: one file, `<models>/segpos/segpos.bin` (see models/segpos/README.md),
// loaded once; the stage is immutable and shared by every thread.
// Needs: tokens and sentences. Adds: Document::words, tokens[].first_word /
// word_count, kLayerWords | kLayerUpos. Cost: linear in the text; no heap
// allocation per token once a thread's buffers are warm.
#ifndef ISNAD_TAG_WORD_TAGGER_H_
#define ISNAD_TAG_WORD_TAGGER_H_

#include <memory>
#include <string>

#include "isnad/document.h"
#include "isnad/status.h"
#include "isnad/tag/clitic_segmenter.h"
#include "isnad/tag/pos_tagger.h"

namespace isnad {

class WordTagger {
 public:
  // Where the model lives under a models folder.
  static std::string ModelPath(const std::string& models_dir);

  // Loads a model file; fails with a message naming the file.
  static Status Load(const std::string& path, std::unique_ptr<WordTagger>* out);

  WordTagger(CliticSegmenter segmenter, PosTagger tagger, std::string header)
      : segmenter_(std::move(segmenter)), tagger_(std::move(tagger)), header_(std::move(header)) {}

  // Writes the model with `header` lines ("key: value") at its head.
  Status Save(const std::string& path,
              const std::vector<std::pair<std::string, std::string>>& header) const;

  void Process(Document* doc) const;

  const CliticSegmenter& segmenter() const { return segmenter_; }
  const PosTagger& tagger() const { return tagger_; }
  const std::string& header() const { return header_; }  // the model file's header

 private:
  CliticSegmenter segmenter_;
  PosTagger tagger_;
  std::string header_;
};

}  // namespace isnad

#endif  // ISNAD_TAG_WORD_TAGGER_H_
