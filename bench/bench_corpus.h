// The benchmarks' sample: the first articles of the SaudiNewsNet corpus in
// ../shared/data/corpus (empty when the corpus is not beside the checkout).
#ifndef ISNAD_BENCH_BENCH_CORPUS_H_
#define ISNAD_BENCH_BENCH_CORPUS_H_

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "isnad/io/corpus_reader.h"

namespace isnad {

inline std::vector<std::string> LoadCorpusArticles(size_t count) {
  std::vector<std::string> out;
  const std::string path = std::string(ISNAD_SOURCE_DIR) + "/../shared/data/corpus/saudinewsnet.jsonl.gz";
  (void)ForEachCorpusText(path, [&](std::string_view text) {
    out.emplace_back(text);
    return out.size() < count;
  });
  return out;
}

// The stage benchmarks' sample: the first 400 articles (about 400k words).
// Empty, with the benchmark marked skipped, when the corpus is absent.
inline std::vector<std::string> SampleArticlesOrSkip(benchmark::State& state) {
  std::vector<std::string> texts = LoadCorpusArticles(400);
  if (texts.empty()) state.SkipWithError("SaudiNewsNet corpus not found");
  return texts;
}

}  // namespace isnad

#endif  // ISNAD_BENCH_BENCH_CORPUS_H_
