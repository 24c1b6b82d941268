// Named-entity tagging speed inside the full analysis: SaudiNewsNet articles
// go through every stage up to the word tagger (tokens, sentences, clitic
// segmentation, UPOS) before timing; the timed part is the entity stage
// (tagging + in-document linking). Reports tokens per second on one thread
// (`tokens/s`). NerFullAnalysis times the whole Analyze call for comparison.
//
//   build/isnad_bench --benchmark_filter=Ner
#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

#include "isnad/analyzer.h"
#include "isnad/io/input.h"
#include "bench_corpus.h"

namespace isnad {
namespace {

std::unique_ptr<Analyzer> MakeAnalyzer(benchmark::State& state) {
  AnalyzerOptions o;
  o.persuasion = false;
  o.checkworthiness = false;
  std::unique_ptr<Analyzer> a;
  if (!Analyzer::Create(o, &a).ok() || !a->has_entity_tagger()) {
    state.SkipWithError("no models/ner/ner.bin");
    return nullptr;
  }
  return a;
}

void BM_NerTagging(benchmark::State& state) {
  auto analyzer = MakeAnalyzer(state);
  if (!analyzer) return;
  size_t tokens = 0;
  std::vector<Document> docs = SampleDocumentsOrSkip(state, [&](Document& d) {
    analyzer->Tokenize(&d);
    analyzer->TagWords(&d);
    tokens += d.tokens.size();
  });
  if (docs.empty()) return;
  for (auto _ : state)
    for (Document& d : docs) analyzer->TagEntities(&d);
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_NerTagging)->Unit(benchmark::kMillisecond);

void BM_NerFullAnalysis(benchmark::State& state) {
  auto analyzer = MakeAnalyzer(state);
  if (!analyzer) return;
  std::vector<std::string> texts = SampleArticlesOrSkip(state);
  if (texts.empty()) return;
  Document doc;
  size_t tokens = 0;
  for (auto _ : state) {
    for (const std::string& t : texts) {
      doc.Clear();
      (void)SetDocumentText("a", t, InputOptions{true}, &doc);
      analyzer->Analyze(&doc);
      tokens += doc.tokens.size();
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_NerFullAnalysis)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace isnad
