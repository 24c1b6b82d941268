#include "isnad/analyzer.h"

#include <cstdlib>

#include "isnad/attrib/attributor.h"
#include "isnad/tokenize/quotes.h"
#include "isnad/tokenize/sentences.h"
#include "isnad/tokenize/tokenizer.h"

namespace isnad {

struct Analyzer::Stages {
  explicit Stages(const AnalyzerOptions& o) : tokenizer(o.normalize) {}
  Tokenizer tokenizer;
  QuoteMatcher quotes;
  SentenceSplitter sentences;
  Attributor attributor;
};

Analyzer::~Analyzer() = default;

std::string ResolveModelsDir(const AnalyzerOptions& options) {
  if (!options.models_dir.empty()) return options.models_dir;
  if (const char* env = std::getenv("ISNAD_MODELS"); env != nullptr && *env) return env;
  return ISNAD_SOURCE_MODELS_DIR;
}

Status Analyzer::Create(const AnalyzerOptions& options, std::unique_ptr<Analyzer>* out) {
  std::unique_ptr<Analyzer> a(new Analyzer());
  a->options_ = options;
  a->stages_ = std::make_unique<Stages>(options);
  *out = std::move(a);
  return Status::Ok();
}

void Analyzer::Tokenize(Document* doc) const {
  stages_->tokenizer.Process(doc);
  stages_->quotes.Process(doc);
  stages_->sentences.Process(doc);
}

void Analyzer::Analyze(Document* doc) const {
  Tokenize(doc);
  if (options_.attributions) stages_->attributor.Process(doc);
}

}  // namespace isnad
