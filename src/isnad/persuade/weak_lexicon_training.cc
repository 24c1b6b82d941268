// Step 1 of the technique tagger's training (technique_training.h): the
// weak stem lexicon, from the ArAIEval 2023 1B document labels and the word
// classes of unlabeled news.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "isnad/io/corpus_reader.h"
#include "isnad/model_file.h"
#include "isnad/persuade/technique_training.h"
#include "isnad/tag/word_classes.h"
#include "isnad/text/chars.h"
#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"

namespace isnad {
namespace {

// Whitespace runs as one space, none at the ends: how texts of two files are
// matched.
std::string SquashSpaces(std::string_view s) {
  std::string out;
  for (char ch : s) {
    const bool space = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += ch;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The corpus words as (light stem, word class, count) rows for
// StemLexicon::Expand: words cut as WordClasses::Build cuts them
// (ForEachClusterWord), looked up in `clusters`; the stem is
// the tagger's (LightStem of the isnad normalization of the same letters).
Status CollectStemClusters(const std::string& corpus, const WordClasses& clusters, int level,
                           std::vector<StemClusterCount>* out) {
  struct Form {
    uint32_t cluster = 0;
    uint64_t count = 0;
    std::string stem;
  };
  std::unordered_map<std::u32string, Form> forms;
  std::u32string key;  // reused: the map copies it only for a new word
  Status st = ForEachClusterWord(
      corpus,
      [&](std::u32string_view ner, std::u32string_view raw) {
        key.assign(ner);
        auto [it, added] = forms.try_emplace(key);
        if (added) {
          it->second.cluster = WordClasses::Level(clusters.Find(ner), level);
          if (it->second.cluster != 0) it->second.stem = std::string(LightStem(Normalize(raw)));
        }
        ++it->second.count;
      },
      [] {}, [] { return true; });
  if (!st.ok()) return st;
  std::map<std::pair<std::string, uint32_t>, uint64_t> rows;
  for (const auto& [w, f] : forms)
    if (f.cluster != 0 && !f.stem.empty()) rows[{f.stem, f.cluster}] += f.count;
  out->clear();
  for (const auto& [key, n] : rows)
    out->push_back({key.first, key.second, static_cast<uint32_t>(std::min<uint64_t>(n, UINT32_MAX))});
  return Status::Ok();
}

}  // namespace

Status BuildWeakLexicon(const PersuasionTrainConfig& c, const Analyzer& analyzer,
                        const std::vector<SpanItem>& span_items, StemLexicon* lexicon) {
  std::vector<LabeledText> texts;
  Status st = ReadJudgementFile(c.lexicon_file, &texts);
  if (!st.ok()) return st;
  std::set<std::string> span_texts;
  for (const SpanItem& it : span_items) span_texts.insert(SquashSpaces(it.text));
  std::vector<std::vector<std::string>> stems, labels;
  size_t excluded = 0;
  Document doc;
  for (const LabeledText& t : texts) {
    if (span_texts.count(SquashSpaces(t.text))) {
      ++excluded;
      continue;
    }
    st = AnalyzeForTraining(analyzer, t.id, t.text, &doc);
    if (!st.ok()) return st.At(c.lexicon_file + " " + t.id);
    stems.emplace_back();
    for (const Token& tok : doc.tokens)
      if (tok.kind == TokenKind::kWord) stems.back().emplace_back(LightStem(doc.Norm(tok)));
    labels.push_back(t.labels);
  }
  StemLexiconOptions o;
  o.min_df = c.lexicon_min_df;
  o.window = c.lexicon_window;
  o.statistic = c.lexicon_statistic;
  o.classes.clear();
  size_t at = 0;
  while (at <= c.lexicon_classes.size()) {
    const size_t comma = std::min(c.lexicon_classes.find(',', at), c.lexicon_classes.size());
    if (comma > at) o.classes.push_back(c.lexicon_classes.substr(at, comma - at));
    at = comma + 1;
  }
  lexicon->Build(stems, labels, o);
  if (!c.lexicon_clusters.empty() && !c.lexicon_corpus.empty()) {
    ModelReader in;
    WordClasses clusters;
    st = in.Open(c.lexicon_clusters);
    if (st.ok()) st = clusters.Load(in);
    if (!st.ok()) return st;
    std::vector<StemClusterCount> rows;
    st = CollectStemClusters(c.lexicon_corpus, clusters, c.lexicon_cluster_level, &rows);
    if (!st.ok()) return st;
    LexiconExpansionOptions e;
    e.min_count = c.lexicon_expand_min_count;
    e.prior = c.lexicon_expand_prior;
    const size_t n = lexicon->Expand(rows, e);
    std::fprintf(stderr, "weak lexicon: expanded from %zu (stem, class) rows of the corpus: %zu stems coded\n",
                 rows.size(), n);
  }
  std::fprintf(stderr, "weak lexicon: %zu documents (%zu left out: text also in the span file), %zu stems\n",
               stems.size(), excluded, lexicon->size());
  return Status::Ok();
}

}  // namespace isnad
