#include "isnad/analyzer.h"

#include <cstdlib>
#include <filesystem>

#include "isnad/attrib/attributor.h"
#include "isnad/persuade/checkworthiness.h"
#include "isnad/persuade/persuasion.h"
#include "isnad/tag/entity_tagger.h"
#include "isnad/tag/word_tagger.h"
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
  std::unique_ptr<WordTagger> words;               // null when the model file is absent
  std::unique_ptr<EntityTagger> entities;          // null when the model file is absent
  std::unique_ptr<PersuasionDetector> persuasion;  // null without models
  std::unique_ptr<ClaimDetector> claims;           // null without a model
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
  const std::string models = ResolveModelsDir(options);
  // A named folder that is missing altogether is a mistyped path, not a
  // choice to run without models: say so instead of quietly dropping every
  // stage. (An existing folder may lack some model files; those stages are
  // skipped, as they are when the built-in default folder is gone.)
  std::error_code ec;
  const bool named = models != ISNAD_SOURCE_MODELS_DIR;
  const bool model_stages = options.words || options.entities || options.persuasion ||
                            options.checkworthiness;
  if (named && model_stages && !std::filesystem::is_directory(models, ec))
    return Status::Error("models folder " + models + " does not exist (--models or ISNAD_MODELS)");
  const std::string segpos = WordTagger::ModelPath(models);
  if (options.words && std::filesystem::exists(segpos, ec)) {
    Status st = WordTagger::Load(segpos, &a->stages_->words);
    if (!st.ok()) return st;
  }
  const std::string ner = EntityTagger::ModelPath(models);
  if (options.entities && std::filesystem::exists(ner, ec)) {
    Status st = EntityTagger::Load(ner, &a->stages_->entities);
    if (!st.ok()) return st;
  }
  if (options.persuasion) {
    Status st = PersuasionDetector::Load(models, &a->stages_->persuasion);
    if (!st.ok()) return st;
  }
  if (options.checkworthiness) {
    Status st = ClaimDetector::Load(models, &a->stages_->claims);
    if (!st.ok()) return st;
  }
  *out = std::move(a);
  return Status::Ok();
}

void Analyzer::Tokenize(Document* doc) const {
  stages_->tokenizer.Process(doc);
  stages_->quotes.Process(doc);
  stages_->sentences.Process(doc);
}

bool Analyzer::has_word_tagger() const { return stages_->words != nullptr; }

void Analyzer::TagWords(Document* doc) const {
  if (stages_->words) stages_->words->Process(doc);
}

bool Analyzer::has_entity_tagger() const { return stages_->entities != nullptr; }

void Analyzer::TagEntities(Document* doc) const {
  if (stages_->entities) stages_->entities->Process(doc);
}

void Analyzer::Analyze(Document* doc) const {
  Tokenize(doc);
  TagWords(doc);
  TagEntities(doc);
  if (options_.attributions) stages_->attributor.Process(doc);
  // After the Attributor: both read the attributions.
  if (stages_->persuasion) stages_->persuasion->Process(doc);
  if (stages_->claims) stages_->claims->Process(doc);
}

}  // namespace isnad
