// Check-worthiness scoring speed: SaudiNewsNet articles go through every
// stage before it (the analysis with check-worthiness off), then the timed
// part is ClaimDetector::Process (every sentence and the whole document).
// Reports MB of text per second on one thread (`MB/s`). The model is read
// from $ISNAD_CHECKWORTHY_MODELS when set (a folder holding
// checkworthy/checkworthy.lm), else from the default models folder.
//
//   build/isnad_bench --benchmark_filter=Checkworthy
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "isnad/analyzer.h"
#include "isnad/io/input.h"
#include "isnad/persuade/checkworthiness.h"
#include "bench_corpus.h"

namespace isnad {
namespace {

void BM_CheckworthyScoring(benchmark::State& state) {
  AnalyzerOptions o;
  o.persuasion = false;
  o.checkworthiness = false;
  std::unique_ptr<Analyzer> analyzer;
  if (!Analyzer::Create(o, &analyzer).ok()) {
    state.SkipWithError("cannot create the analyzer");
    return;
  }
  const char* env = std::getenv("ISNAD_CHECKWORTHY_MODELS");
  const std::string models = env != nullptr ? env : ResolveModelsDir(o);
  std::unique_ptr<ClaimDetector> detector;
  if (!ClaimDetector::Load(models, &detector).ok() || detector == nullptr) {
    state.SkipWithError("no checkworthy/checkworthy.lm");
    return;
  }
  size_t bytes = 0;
  std::vector<Document> docs = SampleDocumentsOrSkip(state, [&](Document& d) {
    analyzer->Analyze(&d);
    bytes += d.text.size();
  });
  if (docs.empty()) return;
  for (auto _ : state)
    for (Document& d : docs) detector->Process(&d);
  state.counters["MB/s"] =
      benchmark::Counter(static_cast<double>(bytes) * state.iterations() / 1e6, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CheckworthyScoring)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
}  // namespace isnad
