#include "isnad/tag/model_file.h"
#include "isnad/persuade/training.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

#include "isnad/analyzer.h"
#include "isnad/attrib/attribution_index.h"
#include "isnad/io/input.h"
#include "isnad/persuade/checkworthiness.h"
#include "isnad/persuade/datasets.h"
#include "isnad/persuade/features.h"
#include "isnad/persuade/logistic_model.h"
#include "isnad/persuade/persuasion.h"
#include "isnad/persuade/stem_grams.h"
#include "isnad/persuade/weak_lexicon.h"
#include "isnad/io/corpus_reader.h"
#include "isnad/tag/context_clusters.h"
#include "isnad/text/chars.h"
#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"
#include <unordered_map>

namespace isnad {
namespace {

Status AnalyzeText(const Analyzer& a, const std::string& id, const std::string& text, Document* doc) {
  Status st = SetDocumentText(id, text, InputOptions{true}, doc);
  if (!st.ok()) return st;
  a.Analyze(doc);
  return Status::Ok();
}

// Threshold in [0.05, 0.95] that maximizes `score(t)`.
template <typename F>
float BestThreshold(F score, double* best_score) {
  float best_t = 0.5f;
  double best = -1;
  for (int i = 1; i <= 19; ++i) {
    const float t = 0.05f * i;
    const double s = score(t);
    if (s > best + 1e-9) {
      best = s;
      best_t = t;
    }
  }
  *best_score = best;
  return best_t;
}

// ---- technique spans -------------------------------------------------------

struct SpanDoc {
  Document doc;
  SplitPart part;
  int fold = 0;  // cross-validation fold (--cv), by page key
  std::vector<LabeledSpan> gold;
  size_t first_example = 0;   // its tokens' examples
  size_t first_sentence = 0;  // its sentences' examples
  std::vector<uint8_t> entity_tokens;  // MarkEntityTokens (document.h)
};

constexpr int kFolds = 5;

// Fits `model` `runs` times with seeds seed, seed + 1, ... (different
// shuffles) and keeps the mean of the weights: for a linear model, the mean
// of their margins, at the cost of one model when tagging.
void FitAveraged(const std::vector<TrainExample>& examples, TrainOptions opt, int runs, LogisticModel* model) {
  if (runs <= 1) {
    TrainLinearModel(examples, opt, model);
    return;
  }
  LogisticModel one = *model;
  std::vector<float> w(model->weights().size(), 0.f), b(model->biases().size(), 0.f);
  for (int r = 0; r < runs; ++r) {
    TrainLinearModel(examples, opt, &one);
    for (size_t i = 0; i < w.size(); ++i) w[i] += one.weights()[i] / runs;
    for (size_t i = 0; i < b.size(); ++i) b[i] += one.biases()[i] / runs;
    ++opt.seed;
  }
  model->weights() = std::move(w);
  model->biases() = std::move(b);
}

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

Status CollectStemClusters(const std::string& corpus, const ContextClusters& clusters, int level,
                           std::vector<StemClusterCount>* out);

// The weak lexicon (weak_lexicon.h) from c.lexicon_file, without the items
// whose text is also a text of the span file (any part: the dev part must
// not leak, nor the held-out folds of the cross-validation).
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
    st = AnalyzeText(analyzer, t.id, t.text, &doc);
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
    ContextClusters clusters;
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

// The corpus words as (light stem, word class, count) rows for
// StemLexicon::Expand: words cut as ContextClusters::Build cuts them (runs
// of Arabic letters after NerLetter), looked up in `clusters`; the stem is
// the tagger's (LightStem of the isnad normalization of the same letters).
Status CollectStemClusters(const std::string& corpus, const ContextClusters& clusters, int level,
                           std::vector<StemClusterCount>* out) {
  struct Form {
    uint32_t cluster = 0;
    uint64_t count = 0;
    std::string stem;
  };
  std::unordered_map<std::u32string, Form> forms;
  std::u32string ner, raw;
  Utf8DecodeResult r;
  auto flush = [&]() {
    if (ner.empty()) return;
    auto [it, added] = forms.try_emplace(ner);
    if (added) {
      it->second.cluster = ContextClusters::Level(clusters.Find(ner), level);
      if (it->second.cluster != 0) it->second.stem = std::string(LightStem(Normalize(raw)));
    }
    ++it->second.count;
    ner.clear();
    raw.clear();
  };
  Status st = ForEachCorpusText(corpus, [&](std::string_view text) {
    (void)DecodeUtf8(text, true, &r);
    for (char32_t ch : r.code_points) {
      const char32_t l = NerLetter(ch);
      if (l == 0) continue;
      if (IsArabicLetter(l)) {
        ner.push_back(l);
        raw.push_back(ch);
      } else {
        flush();
      }
    }
    flush();
    return true;
  });
  if (!st.ok()) return st;
  std::map<std::pair<std::string, uint32_t>, uint64_t> rows;
  for (const auto& [w, f] : forms)
    if (f.cluster != 0 && !f.stem.empty()) rows[{f.stem, f.cluster}] += f.count;
  out->clear();
  for (const auto& [key, n] : rows)
    out->push_back({key.first, key.second, static_cast<uint32_t>(std::min<uint64_t>(n, UINT32_MAX))});
  return Status::Ok();
}

// Whether gold span g makes sentence extent `s` an instance of g's
// technique: they share at least half of g or half of s.
bool SentenceHasSpan(Span s, Span g) {
  if (!s.Overlaps(g)) return false;
  const uint32_t inter = std::min(s.end, g.end) - std::max(s.start, g.start);
  return 2 * inter >= g.size() || 2 * inter >= s.size();
}

Status TrainTechniqueTagger(const PersuasionTrainConfig& c, const Analyzer& analyzer,
                            const TrainOptions& opt) {
  std::vector<SpanItem> items;
  Status st = ReadSpanFile(c.span_file, &items);
  if (!st.ok()) return st;
  std::map<std::string, size_t> span_counts, span_chars;
  for (const SpanItem& it : items)
    if (SplitOf(it.key) != SplitPart::kDev)
      for (const LabeledSpan& l : it.labels) {
        ++span_counts[l.technique];
        span_chars[l.technique] += l.span.size();
      }
  StemLexicon lexicon;
  const std::string lexicon_path = c.out_dir + "/" + kStemLexiconFile;
  if (!c.lexicon_file.empty()) {
    st = BuildWeakLexicon(c, analyzer, items, &lexicon);
    if (!st.ok()) return st;
    st = lexicon.Save(lexicon_path, "statistic " + c.lexicon_statistic + "; ArAIEval 2023 task 1B train (" +
                                        c.lexicon_file + "; research use only), without the items whose text is in " +
                                        c.span_file + "; command: " + c.command + "; " + ModelDate());
    if (!st.ok()) return st;
  } else {
    std::filesystem::remove(lexicon_path);  // a tagger without it must not read an old one
  }
  std::vector<std::string> names;
  for (const auto& [name, n] : span_counts)
    if (n >= c.min_spans) names.push_back(name);
  const int k = static_cast<int>(names.size());
  std::vector<SpanDoc> docs;
  docs.reserve(items.size());
  std::vector<TrainExample> examples, sentence_examples;
  size_t counts[3] = {0, 0, 0};
  for (const SpanItem& it : items) {
    const SplitPart part = SplitOf(it.key);
    ++counts[static_cast<int>(part)];
    if (part == SplitPart::kDev) continue;
    docs.emplace_back();
    SpanDoc& d = docs.back();
    d.part = part;
    d.fold = static_cast<int>(FeatureId(0, it.key) % kFolds);
    d.gold = it.labels;
    st = AnalyzeText(analyzer, it.id, it.text, &d.doc);
    if (!st.ok()) return st.At(c.span_file + " " + it.id);
    MarkEntityTokens(d.doc, &d.entity_tokens);
    d.first_example = examples.size();
    TokenContext ctx;
    ctx.Build(d.doc);
    for (uint32_t i = 0; i < d.doc.tokens.size(); ++i) {
      TrainExample e;
      ctx.Features(i, &e.features);
      StemGramFeatures(d.doc, ctx, i, &e.features);
      if (!lexicon.empty()) lexicon.Features(d.doc, ctx, i, &e.features);
      e.labels.assign(k, 0);
      const Span ts = d.doc.tokens[i].span;
      for (const LabeledSpan& l : it.labels) {
        if (!l.span.Overlaps(ts)) continue;
        const uint32_t inter = std::min(l.span.end, ts.end) - std::max(l.span.start, ts.start);
        if (2 * inter < ts.size()) continue;
        auto at = std::find(names.begin(), names.end(), l.technique);
        if (at != names.end()) e.labels[at - names.begin()] = 1;
      }
      examples.push_back(std::move(e));
    }
    d.first_sentence = sentence_examples.size();
    const AttributionIndex index(d.doc);
    for (const Sentence& sen : d.doc.sentences) {
      TrainExample e;
      BagFeatures(d.doc, sen.first_token, sen.end_token, &e.features, &index);
      BagStemGramFeatures(d.doc, sen.first_token, sen.end_token, &e.features);
      e.labels.assign(k, 0);
      const Span extent = PersuasionDetector::SentenceExtent(d.doc, sen);
      for (const LabeledSpan& l : it.labels) {
        if (!SentenceHasSpan(extent, l.span)) continue;
        auto at = std::find(names.begin(), names.end(), l.technique);
        if (at != names.end()) e.labels[at - names.begin()] = 1;
      }
      sentence_examples.push_back(std::move(e));
    }
  }
  std::fprintf(stderr, "spans: %zu items (train %zu, tune %zu, dev %zu held out), %d techniques, %zu tokens\n",
               items.size(), counts[0], counts[1], counts[2], k, examples.size());
  auto is_train = [](const SpanDoc& d) { return d.part == SplitPart::kTrain; };
  auto is_tune = [](const SpanDoc& d) { return d.part == SplitPart::kTune; };
  struct Option {
    int mode;  // 0 token runs, 1 whole sentences, 2 off
    float t;
    float extend = -1;  // token runs: hysteresis (DecodeSpans)
    float power = 0;    // token runs: DecodeSpans' sentence_power
    bool drop_entities = false;  // token runs: spans on entity mentions dropped
  };
  // Fits the tagger and the sentence classifier on the docs `fit` and
  // scores the docs `eval` (their token and sentence probabilities).
  TrainOptions sentence_opt = opt;
  sentence_opt.learning_rate = c.sentence_learning_rate;
  sentence_opt.pos_weight_power = 1;
  LogisticModel model("techniques", c.bits, names);
  LogisticModel sentence_model("sentence_techniques", c.bits, names);
  std::vector<std::vector<float>> tune_probs, tune_sentence_probs;
  std::vector<const SpanDoc*> tune_docs;
  auto fit_and_score = [&](auto fit, auto eval) {
    std::vector<TrainExample> train, sentence_train;
    for (const SpanDoc& d : docs) {
      if (!fit(d)) continue;
      for (size_t i = 0; i < d.doc.tokens.size(); ++i) train.push_back(examples[d.first_example + i]);
      for (size_t i = 0; i < d.doc.sentences.size(); ++i)
        sentence_train.push_back(sentence_examples[d.first_sentence + i]);
    }
    FitAveraged(train, opt, c.span_runs, &model);
    FitAveraged(sentence_train, sentence_opt, c.span_runs, &sentence_model);
    for (const SpanDoc& d : docs) {
      if (!eval(d)) continue;
      std::vector<float> p(d.doc.tokens.size() * k);
      for (size_t i = 0; i < d.doc.tokens.size(); ++i) model.Score(examples[d.first_example + i].features, &p[i * k]);
      tune_probs.push_back(std::move(p));
      std::vector<float> q(d.doc.sentences.size() * k);
      for (size_t i = 0; i < d.doc.sentences.size(); ++i)
        sentence_model.Score(sentence_examples[d.first_sentence + i].features, &q[i * k]);
      tune_sentence_probs.push_back(std::move(q));
      tune_docs.push_back(&d);
    }
  };
  // Chooses each technique's decoder on tune_docs (coordinate ascent);
  // returns the micro scores of the choice.
  // Chooses each technique's decoder (Option) on tune_docs and returns the
  // micro scores of the choice there; prints the choice when `verbose`.
  auto choose_thresholds = [&](std::vector<int>* choice, std::vector<Option>* options, bool verbose) {
    auto tune_score = [&](int j, const Option& o) {
      SpanScores s;
      std::vector<Technique> pred;
      for (size_t n = 0; n < tune_docs.size(); ++n) {
        pred.clear();
        if (o.mode == 0) {
          PersuasionDetector::DecodeSpans(tune_docs[n]->doc, tune_probs[n].data(), k, j, o.t, names[j], &pred,
                                          o.extend, o.power, o.drop_entities ? &tune_docs[n]->entity_tokens : nullptr);
        } else {
          PersuasionDetector::DecodeSentenceSpans(tune_docs[n]->doc, tune_sentence_probs[n].data(), k, j, o.t,
                                                  names[j], &pred);
        }
        std::vector<LabeledSpan> p, g;
        for (const Technique& x : pred) p.push_back({x.span, x.technique});
        for (const LabeledSpan& l : tune_docs[n]->gold)
          if (l.technique == names[j]) g.push_back(l);
        s.Add(g, p);
      }
      return s;
    };
    // Thresholds: coordinate ascent on the micro-F1 over all techniques (a
    // technique that only adds noise stays off), from per-technique scores
    // cached for every candidate option. Spans of untagged techniques count
    // as misses. Both decoders share one list of thresholds, finer at the low
    // end where the rare techniques' tokens score.
    static constexpr float kSteps[] = {0.02f, 0.03f, 0.04f, 0.05f, 0.06f, 0.07f, 0.08f, 0.09f, 0.10f, 0.12f,
                                       0.14f, 0.16f, 0.18f, 0.20f, 0.25f, 0.30f, 0.35f, 0.40f, 0.45f, 0.50f,
                                       0.55f, 0.60f, 0.65f, 0.70f, 0.75f, 0.80f, 0.85f, 0.90f, 0.95f};
    options->clear();
    for (float a : c.sentence_powers)
      for (int e = 0; e <= (c.entity_drop ? 1 : 0); ++e) {
        for (float t : kSteps) options->push_back({0, t, -1, a, e == 1});
        for (float r : c.extend_ratios)
          for (float t : kSteps) options->push_back({0, t, t * r, a, e == 1});
      }
    for (float t : kSteps) options->push_back({1, t});
    options->push_back({2, 1.01f});
    const int kGrid = static_cast<int>(options->size()), kOff = kGrid - 1;
    std::vector<std::vector<SpanScores>> cache(k, std::vector<SpanScores>(kGrid));
    for (int j = 0; j < k; ++j)
      for (int g = 0; g < kOff; ++g) cache[j][g] = tune_score(j, (*options)[g]);
    // Only techniques whose training spans average at least kMinSentenceChars
    // code points (about four words) may be decoded as whole sentences; a
    // short technique (a loaded word, a label) is tagged on its tokens or not
    // at all.
    constexpr double kMinSentenceChars = 24;
    std::vector<bool> long_technique(k);
    for (int j = 0; j < k; ++j)
      long_technique[j] = static_cast<double>(span_chars[names[j]]) / span_counts[names[j]] >= kMinSentenceChars;
    size_t tune_gold = 0;
    for (const SpanDoc* d : tune_docs) tune_gold += d->gold.size();
    choice->assign(k, kOff);
    std::vector<int>& ch0 = *choice;
    auto micro = [&](const std::vector<int>& ch) {
      SpanScores all;
      for (int j = 0; j < k; ++j) {
        const SpanScores& s = cache[j][ch[j]];
        all.precision_credit += s.precision_credit;
        all.recall_credit += s.recall_credit;
        all.predicted += s.predicted;
      }
      all.gold = tune_gold;
      return all;
    };
    for (int round = 0; round < 4; ++round) {
      for (int j = 0; j < k; ++j) {
        int best_g = ch0[j];
        double best = micro(ch0).F1();
        for (int g = 0; g < kGrid; ++g) {
          if ((*options)[g].mode == 1 && !long_technique[j]) continue;
          if (g < kOff && cache[j][g].precision_credit <= 0) continue;  // nothing right on tune: stays off
          std::vector<int> ch = ch0;
          ch[j] = g;
          const double f = micro(ch).F1();
          if (f > best + 1e-9) {
            best = f;
            best_g = g;
          }
        }
        ch0[j] = best_g;
      }
    }
    if (verbose) {
      for (int j = 0; j < k; ++j) {
        const Option& o = (*options)[ch0[j]];
        const SpanScores& s = cache[j][ch0[j]];
        std::fprintf(stderr, "  %-34s spans %4zu  %-8s threshold %.2f extend %.3f power %.2f ent %d  %s P %.3f R %.3f F1 %.3f\n",
                     names[j].c_str(), span_counts[names[j]],
                     o.mode == 0 ? "token" : o.mode == 1 ? "sentence" : "off", o.t, o.extend, o.power,
                     o.drop_entities ? 1 : 0,
                     c.cv_thresholds ? "cv" : "tune",
                     s.P(), s.R(), s.F1());
      }
    }
    return micro(ch0);
  };
  // Thresholds on the tune part: fit on train, choose on tune. Or, with
  // --cv-thresholds, on a 5-fold cross-validation of train + tune (folds by
  // page): the out-of-fold probabilities of all 750 items, four times as
  // many as the tune part, so the choice is less at the mercy of a few
  // paragraphs. --cv prints the cross-validated score in either case
  // (model selection without the dev part).
  std::vector<int> choice;
  std::vector<Option> options;
  // Analysis (--dump-oof): the out-of-fold spans of the chosen decoders,
  // one line each, with span features and their precision and recall
  // credits (additive over spans, so any filter can be scored offline).
  auto DumpOutOfFold = [&](const std::string& path) -> Status {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (f == nullptr) return Status::Error(path + ": cannot write");
    size_t gold_total = 0;
    for (const SpanDoc* d : tune_docs) gold_total += d->gold.size();
    std::fprintf(f, "#gold\t%zu\n", gold_total);
    std::fprintf(f, "doc\ttechnique\tmode\ttokens\tchars\tmean\tmax\tmin\tsent\tnsent\tquestion\tquote\tentity\tdigit\tpc\trc\ttext\n");
    std::vector<Technique> pred;
    for (size_t n = 0; n < tune_docs.size(); ++n) {
      const Document& doc = tune_docs[n]->doc;
      for (int j = 0; j < k; ++j) {
        const Option& o = options[choice[j]];
        if (o.mode == 2) continue;
        pred.clear();
        if (o.mode == 0)
          PersuasionDetector::DecodeSpans(doc, tune_probs[n].data(), k, j, o.t, names[j], &pred, o.extend, o.power,
                                          o.drop_entities ? &tune_docs[n]->entity_tokens : nullptr);
        else
          PersuasionDetector::DecodeSentenceSpans(doc, tune_sentence_probs[n].data(), k, j, o.t, names[j], &pred);
        for (const Technique& x : pred) {
          double pc = 0, rc = 0;
          for (const LabeledSpan& g : tune_docs[n]->gold) {
            if (g.technique != names[j] || !g.span.Overlaps(x.span)) continue;
            const double inter = std::min(g.span.end, x.span.end) - std::max(g.span.start, x.span.start);
            pc += inter / x.span.size();
            rc += inter / g.span.size();
          }
          int ntok = 0, quote = 0, digit = 0, sent = -1;
          float mx = 0, mn = 1;
          for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
            const Token& t = doc.tokens[i];
            if (t.span.start < x.span.start || t.span.end > x.span.end) continue;
            ++ntok;
            quote |= t.quote != 0;
            digit |= t.kind == TokenKind::kNumber;
            const float p = tune_probs[n][size_t{i} * k + j];
            mx = std::max(mx, p);
            mn = std::min(mn, p);
          }
          int question = 0;
          for (size_t si = 0; si < doc.sentences.size(); ++si) {
            const Sentence& s = doc.sentences[si];
            if (s.span.start <= x.span.start && x.span.start < s.span.end) {
              sent = static_cast<int>(si);
              const std::u32string_view text = doc.Text(s.span);  // spans count code points
              question = text.find(U'?') != text.npos || text.find(U'\u061F') != text.npos;
            }
          }
          int entity = 0;
          for (const Entity& e : doc.entities)
            for (const Span& m : e.mentions) entity |= m.Overlaps(x.span);
          std::string text = doc.TextUtf8(x.span);
          for (char& ch : text)
            if (ch == '\t' || ch == '\n') ch = ' ';
          std::fprintf(f, "%s\t%s\t%d\t%d\t%u\t%.4f\t%.4f\t%.4f\t%d\t%zu\t%d\t%d\t%d\t%d\t%.4f\t%.4f\t%s\n",
                       doc.id.c_str(), names[j].c_str(), o.mode, ntok, x.span.size(), x.score, mx, mn, sent,
                       doc.sentences.size(), question, quote, entity, digit, pc, rc, text.c_str());
        }
      }
    }
    std::fclose(f);
    // Tokens: doc, fold, token, sentence, start, end, edge (punctuation or
    // quotation mark), quote, question sentence, the k token probabilities,
    // the k sentence probabilities; then the gold spans.
    f = std::fopen((path + ".tokens").c_str(), "wb");
    std::FILE* g = std::fopen((path + ".gold").c_str(), "wb");
    if (f == nullptr || g == nullptr) return Status::Error(path + ".tokens: cannot write");
    std::fprintf(f, "#names");
    for (int j = 0; j < k; ++j) std::fprintf(f, "\t%s", names[j].c_str());
    std::fprintf(f, "\n");
    for (size_t n = 0; n < tune_docs.size(); ++n) {
      const Document& doc = tune_docs[n]->doc;
      std::fprintf(g, "#doc\t%zu\t%s\n", n, doc.id.c_str());
      for (const LabeledSpan& l : tune_docs[n]->gold)
        std::fprintf(g, "%zu\t%s\t%u\t%u\n", n, l.technique.c_str(), l.span.start, l.span.end);
      for (size_t si = 0; si < doc.sentences.size(); ++si) {
        const Sentence& s = doc.sentences[si];
        int question = 0;
        for (uint32_t i = s.first_token; i < s.end_token; ++i) {
          const std::string_view w = doc.Norm(doc.tokens[i]);
          question |= w.find('?') != std::string_view::npos || w.find("\xd8\x9f") != std::string_view::npos;
        }
        for (uint32_t i = s.first_token; i < s.end_token; ++i) {
          const Token& t = doc.tokens[i];
          const int edge = t.kind == TokenKind::kPunct || t.kind == TokenKind::kQuote;
          std::fprintf(f, "%zu\t%d\t%u\t%zu\t%u\t%u\t%d\t%d\t%d", n, tune_docs[n]->fold, i, si, t.span.start,
                       t.span.end, edge, t.quote != 0, question);
          for (int j = 0; j < k; ++j) std::fprintf(f, "\t%.5f", tune_probs[n][size_t{i} * k + j]);
          for (int j = 0; j < k; ++j) std::fprintf(f, "\t%.5f", tune_sentence_probs[n][si * k + j]);
          std::fprintf(f, "\n");
        }
      }
    }
    std::fclose(f);
    std::fclose(g);
    return Status::Ok();
  };
  auto cross_validate = [&](bool verbose) {
    tune_probs.clear();
    tune_sentence_probs.clear();
    tune_docs.clear();
    for (int f = 0; f < kFolds; ++f)
      fit_and_score([&](const SpanDoc& d) { return d.fold != f; }, [&](const SpanDoc& d) { return d.fold == f; });
    const SpanScores cv = choose_thresholds(&choice, &options, verbose);
    std::fprintf(stderr, "  cv micro P %.4f R %.4f F1 %.4f\n", cv.P(), cv.R(), cv.F1());
  };
  if (c.cv_thresholds) {
    cross_validate(true);
    if (!c.dump_oof.empty()) {
      st = DumpOutOfFold(c.dump_oof);
      if (!st.ok()) return st;
    }
  } else {
    if (c.cv) cross_validate(false);
    tune_probs.clear();
    tune_sentence_probs.clear();
    tune_docs.clear();
    fit_and_score(is_train, is_tune);
    const SpanScores tuned = choose_thresholds(&choice, &options, true);
    std::fprintf(stderr, "  tune micro P %.3f R %.3f F1 %.3f\n", tuned.P(), tuned.R(), tuned.F1());
  }
  // Token decoders keep their threshold in the tagger, sentence decoders in
  // the sentence classifier; 1.01 is off.
  std::vector<float> thresholds(k, 1.01f), sentence_thresholds(k, 1.01f), extend(k, -1.f), power(k, 0.f);
  std::vector<int> drop_entities(k, 0);
  for (int j = 0; j < k; ++j) {
    const Option& o = options[choice[j]];
    if (o.mode == 0) thresholds[j] = o.t;
    if (o.mode == 0) extend[j] = o.extend;
    if (o.mode == 0) power[j] = o.power;
    if (o.mode == 0) drop_entities[j] = o.drop_entities;
    if (o.mode == 1) sentence_thresholds[j] = o.t;
  }
  // 2. Refit on train + tune.
  FitAveraged(examples, opt, c.span_runs, &model);
  FitAveraged(sentence_examples, sentence_opt, c.span_runs, &sentence_model);
  for (int j = 0; j < k; ++j) {
    model.set_threshold(j, thresholds[j]);
    sentence_model.set_threshold(j, sentence_thresholds[j]);
  }
  const std::string info = "ArAIEval 2024 task 1 spans (" + c.span_file +
                           "), train+tune parts of the page-hash split, thresholds chosen on " +
                           (c.cv_thresholds ? "their 5-fold cross-validation; " : "the tune part; ") +
                           "command: " + c.command + "; " + ModelDate();
  model.info() = info;
  sentence_model.info() = info;
  st = model.Save(c.out_dir + "/" + kTechniqueModelFile);
  if (!st.ok()) return st;
  const std::string decoding_path = c.out_dir + "/" + kSpanDecodingFile;
  bool custom = false;
  for (int j = 0; j < k; ++j) custom |= extend[j] >= 0 || power[j] > 0 || drop_entities[j];
  if (custom) {
    std::FILE* f = std::fopen(decoding_path.c_str(), "wb");
    if (f == nullptr) return Status::Error(decoding_path + ": cannot write");
    std::fprintf(f, "# token decoding of %s: a span is the tokens at or above <extend> around one at or above "
                    "the threshold; chosen with the thresholds. %s\n", kTechniqueModelFile, info.c_str());
    std::fprintf(f, "# technique<TAB>extend<TAB>sentence power<TAB>drop spans on entity mentions\n");
    for (int j = 0; j < k; ++j)
      if (extend[j] >= 0 || power[j] > 0 || drop_entities[j])
        std::fprintf(f, "%s\t%.4f\t%.2f\t%d\n", names[j].c_str(), extend[j], power[j], drop_entities[j]);
    if (std::fclose(f) != 0) return Status::Error(decoding_path + ": write failed");
  } else {
    std::filesystem::remove(decoding_path);
  }
  return sentence_model.Save(c.out_dir + "/" + kSentenceTechniqueModelFile);
}

// ---- document judgements (ArAIEval 2023 1A / 1B, CheckThat!) --------------

struct BagData {
  std::vector<TrainExample> all;
  std::vector<size_t> train, tune;  // indices into all
};

Status BuildBags(const Analyzer& analyzer, const std::vector<LabeledText>& texts,
                 const std::vector<std::string>& names, bool binary, BagData* out) {
  Document doc;
  for (const LabeledText& t : texts) {
    Status st = AnalyzeText(analyzer, t.id, t.text, &doc);
    if (!st.ok()) return st.At(t.id);
    TrainExample e;
    BagFeatures(doc, 0, static_cast<uint32_t>(doc.tokens.size()), &e.features);
    e.labels.assign(names.size(), 0);
    if (binary) {
      e.labels[0] = t.label;
    } else {
      for (size_t j = 0; j < names.size(); ++j)
        e.labels[j] = std::find(t.labels.begin(), t.labels.end(), names[j]) != t.labels.end();
    }
    (SplitOf(t.id) == SplitPart::kTune ? out->tune : out->train).push_back(out->all.size());
    out->all.push_back(std::move(e));
  }
  return Status::Ok();
}

enum class Criterion { kAccuracy, kF1, kMacroF1 };

// Fits on train, sets each output's threshold on tune, refits on all.
void FitBag(const BagData& data, const TrainOptions& opt, Criterion criterion, LogisticModel* model) {
  std::vector<TrainExample> train;
  for (size_t i : data.train) train.push_back(data.all[i]);
  TrainLinearModel(train, opt, model);
  const int k = model->outputs();
  std::vector<float> probs(data.tune.size() * k);
  for (size_t n = 0; n < data.tune.size(); ++n) model->Score(data.all[data.tune[n]].features, &probs[n * k]);
  std::vector<float> thresholds(k);
  for (int j = 0; j < k; ++j) {
    double best;
    thresholds[j] = BestThreshold(
        [&](float t) {
          BinaryScores s;
          for (size_t n = 0; n < data.tune.size(); ++n)
            s.Add(data.all[data.tune[n]].labels[j], probs[n * k + j] >= t);
          return criterion == Criterion::kAccuracy ? s.Accuracy()
                 : criterion == Criterion::kF1     ? s.F1Positive()
                                                   : s.MacroF1();
        },
        &best);
    if (best <= 0) thresholds[j] = 1.01f;  // never fires: it found nothing on tune
    std::fprintf(stderr, "  %-34s tune %s %.3f  threshold %.2f\n", model->name(j).c_str(),
                 criterion == Criterion::kAccuracy ? "accuracy" : criterion == Criterion::kF1 ? "F1" : "macro-F1",
                 best, thresholds[j]);
  }
  TrainLinearModel(data.all, opt, model);
  for (int j = 0; j < k; ++j) model->set_threshold(j, thresholds[j]);
}

}  // namespace

Status CreateTrainingAnalyzer(std::unique_ptr<Analyzer>* out) {
  AnalyzerOptions o;
  o.persuasion = false;
  o.checkworthiness = false;
  return Analyzer::Create(o, out);
}

Status TrainPersuasion(const PersuasionTrainConfig& c) {
  std::filesystem::create_directories(c.out_dir);
  std::unique_ptr<Analyzer> analyzer;
  Status st = CreateTrainingAnalyzer(&analyzer);
  if (!st.ok()) return st;
  TrainOptions opt;
  opt.seed = c.seed;
  opt.epochs = c.epochs;
  const auto t0 = std::chrono::steady_clock::now();
  if (!c.span_file.empty()) {
    TrainOptions span_opt = opt;
    span_opt.learning_rate = c.learning_rate;
    span_opt.pos_weight_power = c.pos_weight_power;
    span_opt.l2 = c.l2;
    st = TrainTechniqueTagger(c, *analyzer, span_opt);
    if (!st.ok()) return st;
  }
  if (!c.task1a_file.empty()) {
    std::vector<LabeledText> texts;
    st = ReadJudgementFile(c.task1a_file, &texts);
    if (!st.ok()) return st;
    BagData data;
    st = BuildBags(*analyzer, texts, {"persuasive"}, true, &data);
    if (!st.ok()) return st;
    std::fprintf(stderr, "1A: %zu train, %zu tune\n", data.train.size(), data.tune.size());
    LogisticModel model("persuasive", c.bits, {"persuasive"});
    FitBag(data, opt, Criterion::kAccuracy, &model);
    model.info() = "ArAIEval 2023 task 1A train (" + c.task1a_file + "); command: " + c.command + "; " + ModelDate();
    st = model.Save(c.out_dir + "/" + kPersuasiveModelFile);
    if (!st.ok()) return st;
  }
  if (!c.task1b_file.empty()) {
    std::vector<LabeledText> texts;
    st = ReadJudgementFile(c.task1b_file, &texts);
    if (!st.ok()) return st;
    std::set<std::string> label_set;
    for (const auto& t : texts)
      for (const auto& l : t.labels)
        if (l != "no_technique") label_set.insert(l);
    std::vector<std::string> names(label_set.begin(), label_set.end());
    BagData data;
    st = BuildBags(*analyzer, texts, names, false, &data);
    if (!st.ok()) return st;
    std::fprintf(stderr, "1B: %zu train, %zu tune, %zu labels\n", data.train.size(), data.tune.size(), names.size());
    LogisticModel model("doc_techniques", c.bits, names);
    FitBag(data, opt, Criterion::kF1, &model);
    model.info() = "ArAIEval 2023 task 1B train (" + c.task1b_file + "); command: " + c.command + "; " + ModelDate();
    st = model.Save(c.out_dir + "/" + kDocTechniquesModelFile);
    if (!st.ok()) return st;
  }
  std::fprintf(stderr, "trained in %.1f s\n",
               std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  return Status::Ok();
}

}  // namespace isnad
