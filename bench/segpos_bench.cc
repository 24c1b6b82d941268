// Clitic segmentation + POS tagging speed on SaudiNewsNet articles: the
// words layer only (tokens and sentences are made before timing). Reports
// words per second on one thread (`words/s` counter).
//
//   build/isnad_bench --benchmark_filter=SegPos
#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

#include "isnad/analyzer.h"
#include "isnad/io/input.h"
#include "bench_corpus.h"
#include "isnad/tag/word_tagger.h"

namespace isnad {
namespace {

void BM_SegPos(benchmark::State& state) {
  AnalyzerOptions opt;
  opt.attributions = false;
  std::unique_ptr<Analyzer> analyzer;
  if (!Analyzer::Create(opt, &analyzer).ok() || !analyzer->has_word_tagger()) {
    state.SkipWithError("no segpos model");
    return;
  }
  std::vector<Document> docs =
      SampleDocumentsOrSkip(state, [&](Document& d) { analyzer->Tokenize(&d); });
  if (docs.empty()) return;
  size_t arena_base_total = 0;
  std::vector<size_t> arena_base(docs.size());
  for (size_t i = 0; i < docs.size(); ++i)
    arena_base[i] = docs[i].arena.size(), arena_base_total += arena_base[i];
  size_t words = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < docs.size(); ++i) {
      docs[i].arena.resize(arena_base[i]);  // drop the previous run's word forms
      analyzer->TagWords(&docs[i]);
      words += docs[i].words.size();
    }
  }
  state.counters["words/s"] =
      benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
  state.counters["words"] = static_cast<double>(words / std::max<int64_t>(state.iterations(), 1));
}
BENCHMARK(BM_SegPos)->Unit(benchmark::kMillisecond)->MinTime(3.0);

}  // namespace
}  // namespace isnad

