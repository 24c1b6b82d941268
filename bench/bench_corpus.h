// The benchmarks' sample: the first articles of the SaudiNewsNet corpus in
// ../shared/data/corpus (empty when the corpus is not beside the checkout).
#ifndef ISNAD_BENCH_BENCH_CORPUS_H_
#define ISNAD_BENCH_BENCH_CORPUS_H_

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "isnad/document.h"
#include "isnad/io/corpus_reader.h"
#include "isnad/io/input.h"

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

// The same articles as documents (text repaired as `isnad analyze` does),
// each already passed through prepare(Document&): the stages before the one
// timed. Empty, with the benchmark marked skipped, when the corpus is absent.
template <typename Prepare>
std::vector<Document> SampleDocumentsOrSkip(benchmark::State& state, Prepare prepare) {
  std::vector<std::string> texts = SampleArticlesOrSkip(state);
  std::vector<Document> docs(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    (void)SetDocumentText("a", texts[i], InputOptions{true}, &docs[i]);
    prepare(docs[i]);
  }
  return docs;
}

}  // namespace isnad

#endif  // ISNAD_BENCH_BENCH_CORPUS_H_
