// Analyzer: the whole isnad pipeline behind one call.
//
// The CLI, the HTTP server and the bindings are thin faces over this class.
// Stages run in a fixed order over one Document, each adding its layer:
//
//   Tokenizer → QuoteMatcher → SentenceSplitter → [clitic segmenter + POS]
//   → [named entities] → Attributor (cues, speakers, content, nesting)
//   → [persuasion, check-worthiness]
//
// Stages in brackets need a model file; when the model is absent the stage
// is skipped and its layer is absent from the output.
//
// Thread safety: an Analyzer is immutable after Create(); one instance (and
// its models, loaded once) is shared by any number of threads, each
// analysing its own Document.
#ifndef ISNAD_ANALYZER_H_
#define ISNAD_ANALYZER_H_

#include <memory>
#include <string>

#include "isnad/document.h"
#include "isnad/status.h"
#include "isnad/text/normalize.h"

namespace isnad {

struct AnalyzerOptions {
  NormalizeOptions normalize;
  // Folder of model files; empty: $ISNAD_MODELS, else the models/ folder of
  // the source tree the binary was built from. A folder named here or in
  // $ISNAD_MODELS that does not exist makes Create() fail.
  std::string models_dir;
  bool attributions = true;  // run the attribution stage
  // Run the persuasion and check-worthiness stages when their models are
  // in the models folder (models/persuasion/, models/checkworthy/).
  bool persuasion = true;
  bool checkworthiness = true;
  // Load and run the clitic segmenter + POS tagger when its model file
  // (<models>/segpos/segpos.bin) exists; a model that exists but does not
  // load makes Create() fail.
  bool words = true;
  // Load and run the named-entity tagger when its model file
  // (<models>/ner/ner.bin) exists; likewise a model that does not load makes
  // Create() fail.
  bool entities = true;
};

class Analyzer {
 public:
  static Status Create(const AnalyzerOptions& options, std::unique_ptr<Analyzer>* out);
  ~Analyzer();

  // Runs every stage on `doc`, whose text and cps are set
  // (SetDocumentText). Cost: linear in the text.
  void Analyze(Document* doc) const;

  // Tokens, quotes and sentences only: the text layer.
  void Tokenize(Document* doc) const;

  // The words layer on a tokenized document (clitic segmentation + UPOS),
  // sentence by sentence; does nothing when no model was loaded.
  // Cost: linear in the text (see tag/word_tagger.h).
  void TagWords(Document* doc) const;
  bool has_word_tagger() const;

  // The entities layer on a tokenized (and, when a segmenter is loaded,
  // word-tagged) document: named entities grouped within the document
  // (tag/entity_tagger.h); does nothing when no model was loaded.
  // Cost: linear in the text.
  void TagEntities(Document* doc) const;
  bool has_entity_tagger() const;

  const AnalyzerOptions& options() const { return options_; }

 private:
  Analyzer() = default;
  struct Stages;
  AnalyzerOptions options_;
  std::unique_ptr<Stages> stages_;
};

// The models folder that `options` resolves to.
std::string ResolveModelsDir(const AnalyzerOptions& options);

}  // namespace isnad

#endif  // ISNAD_ANALYZER_H_
