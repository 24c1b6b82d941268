// Throughput of isnad's text layer and of the whole analysis, on real news.
//
// Input: JSON Lines articles with "text", plain or gzip (zlib reads both);
// default the SaudiNewsNet corpus of ../shared/data/corpus. The first
// ISNAD_BENCH_MB megabytes of article text (default 20) are loaded once.
//   ISNAD_BENCH_INPUT=/tmp/sample.jsonl ISNAD_BENCH_MB=20 build/isnad_bench
// Every benchmark is single-threaded and reports bytes_per_second in bytes of
// UTF-8 article text consumed (not bytes written).
#include <zlib.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include "isnad/analyzer.h"
#include "isnad/document.h"
#include "isnad/io/input.h"
#include "isnad/io/json_writer.h"
#include "isnad/tokenize/tokenizer.h"

namespace isnad {
namespace {

struct Corpus {
  std::vector<std::string> texts;
  size_t bytes = 0;
};

// The first `limit` bytes' worth of whole articles of `path`.
Corpus LoadCorpus(const std::string& path, size_t limit) {
  Corpus c;
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) {
    std::fprintf(stderr, "text_bench: cannot open %s\n", path.c_str());
    std::exit(1);
  }
  gzbuffer(f, 1 << 20);
  std::string pending;
  char buf[1 << 16];
  int got;
  auto take_lines = [&](bool final) {
    size_t pos = 0, nl;
    while ((nl = pending.find('\n', pos)) != std::string::npos || (final && pos < pending.size())) {
      if (nl == std::string::npos) nl = pending.size();
      std::string_view line(pending.data() + pos, nl - pos);
      pos = nl + 1;
      if (line.empty() || c.bytes >= limit) continue;
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
      c.texts.push_back(j["text"].get<std::string>());
      c.bytes += c.texts.back().size();
    }
    pending.erase(0, std::min(pos, pending.size()));
  };
  while (c.bytes < limit && (got = gzread(f, buf, sizeof buf)) > 0) {
    pending.append(buf, static_cast<size_t>(got));
    take_lines(false);
  }
  if (c.bytes < limit) take_lines(true);
  gzclose(f);
  if (c.texts.empty()) {
    std::fprintf(stderr, "text_bench: no articles in %s\n", path.c_str());
    std::exit(1);
  }
  return c;
}

const Corpus& TheCorpus() {
  static const Corpus corpus = [] {
    const char* in = std::getenv("ISNAD_BENCH_INPUT");
    const char* mb = std::getenv("ISNAD_BENCH_MB");
    const std::string path =
        in != nullptr && *in ? in : std::string(ISNAD_SHARED_DIR) + "/data/corpus/saudinewsnet.jsonl.gz";
    const size_t limit = static_cast<size_t>(mb != nullptr && *mb ? std::atof(mb) : 20.0) * (1 << 20);
    Corpus c = LoadCorpus(path, limit);
    std::fprintf(stderr, "text_bench: %zu articles, %.1f MB of text from %s\n", c.texts.size(),
                 c.bytes / 1048576.0, path.c_str());
    return c;
  }();
  return corpus;
}

// Decode + tokenize + normalize: the tokens layer alone.
void BM_TokenizeNormalize(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  Tokenizer tokenizer;
  Document doc;
  size_t tokens = 0;
  for (auto _ : state) {
    for (const std::string& text : corpus.texts) {
      SetDocumentText("b", text, {}, &doc);
      tokenizer.Process(&doc);
      tokens += doc.tokens.size();
    }
  }
  benchmark::DoNotOptimize(tokens);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["articles"] = static_cast<double>(corpus.texts.size());
}

// The text layer as `isnad tokenize` runs it: tokens, quotes, sentences.
void BM_TextLayer(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  std::unique_ptr<Analyzer> analyzer;
  AnalyzerOptions opt;
  opt.attributions = false;
  Analyzer::Create(opt, &analyzer);
  Document doc;
  for (auto _ : state) {
    for (const std::string& text : corpus.texts) {
      SetDocumentText("b", text, {}, &doc);
      analyzer->Tokenize(&doc);
      benchmark::DoNotOptimize(doc.sentences.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
}

// The whole analysis and its JSON, as `isnad analyze` runs it per document.
void BM_AnalyzeJson(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  std::unique_ptr<Analyzer> analyzer;
  Analyzer::Create(AnalyzerOptions{}, &analyzer);
  Document doc;
  std::string out;
  size_t written = 0;
  for (auto _ : state) {
    for (const std::string& text : corpus.texts) {
      SetDocumentText("b", text, {}, &doc);
      analyzer->Analyze(&doc);
      out.clear();
      AppendDocumentJson(doc, {}, &out);
      written += out.size();
    }
  }
  benchmark::DoNotOptimize(written);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["json_bytes_per_text_byte"] =
      static_cast<double>(written) / static_cast<double>(state.iterations() * corpus.bytes);
}

// The JSON writer alone, on documents analysed beforehand.
void BM_JsonWrite(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  std::unique_ptr<Analyzer> analyzer;
  Analyzer::Create(AnalyzerOptions{}, &analyzer);
  std::vector<Document> docs(std::min<size_t>(corpus.texts.size(), 2000));
  size_t bytes = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    SetDocumentText("b", corpus.texts[i], {}, &docs[i]);
    analyzer->Analyze(&docs[i]);
    bytes += corpus.texts[i].size();
  }
  std::string out;
  for (auto _ : state) {
    for (const Document& d : docs) {
      out.clear();
      AppendDocumentJson(d, {}, &out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}

BENCHMARK(BM_TokenizeNormalize)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_TextLayer)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_AnalyzeJson)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_JsonWrite)->Unit(benchmark::kMillisecond)->MinTime(1.0);

}  // namespace
}  // namespace isnad

