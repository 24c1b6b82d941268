// isnad eval: quality figures on gold data, with the metrics of each spec.
#include <cstdio>
#include <map>
#include <memory>
#include <vector>

#include "commands.h"
#include "isnad/analyzer.h"
#include "isnad/eval/attribution_eval.h"
#include "isnad/eval/persuasion_eval.h"
#include "isnad/persuade/datasets.h"
#include "isnad/io/input.h"

namespace isnad::cli {
namespace {

// Every model in `models` (empty: the default folder), loaded once.
std::unique_ptr<Analyzer> MakeAnalyzer(const std::string& models, int* exit_code) {
  AnalyzerOptions opt;
  opt.models_dir = models;
  return CreateAnalyzerOrReport(opt, exit_code);
}

int EvalAttribution(const std::string& path, const std::string& models, bool show_errors) {
  std::string bytes;
  Status st = ReadInput(path, &bytes);
  if (!st.ok()) return ReportError(st);
  int exit_code = kExitOk;
  std::unique_ptr<Analyzer> analyzer = MakeAnalyzer(models, &exit_code);
  if (!analyzer) return exit_code;
  AttributionScores total;
  size_t docs = 0, failed = 0;
  Document doc;
  ForEachLine(bytes, [&](size_t line_no, std::string_view line) {
    GoldDocument gold;
    Status s = ParseGoldDocument(line, &gold);
    if (s.ok()) s = SetDocumentText(gold.id, gold.text, {}, &doc);
    if (!s.ok()) {
      std::fprintf(stderr, "isnad: %s:%zu: %s\n", path.c_str(), line_no, s.message().c_str());
      ++failed;
      return;
    }
    analyzer->Analyze(&doc);
    AttributionErrors errors;
    total.Add(ScoreAttributions(gold, doc, show_errors ? &errors : nullptr));
    for (const auto& e : errors.lines) std::printf("  %s\n", e.c_str());
    ++docs;
  });
  const double cp = total.CueP(), cr = total.CueR();
  const double m = total.matched ? double(total.matched) : 1.0;
  std::printf("documents            %zu\n", docs);
  std::printf("gold / predicted     %zu / %zu\n", total.gold, total.predicted);
  std::printf("cue P / R / F1       %.3f / %.3f / %.3f\n", cp, cr, AttributionScores::F1(cp, cr));
  std::printf("speaker accuracy     %.3f\n", total.speaker_right / m);
  std::printf("content overlap      %.3f\n", total.content_overlap_sum / m);
  std::printf("kind accuracy        %.3f\n", total.kind_right / m);
  std::printf("direct accuracy      %.3f\n", total.direct_right / m);
  std::printf("attribution P / R    %.3f / %.3f\n", total.P(), total.R());
  std::printf("attribution F1       %.3f\n", AttributionScores::F1(total.P(), total.R()));
  return failed > 0 ? kExitInputError : kExitOk;
}


bool Analyze(const Analyzer& a, const std::string& id, const std::string& text, Document* doc) {
  Status st = SetDocumentText(id, text, InputOptions{true}, doc);
  if (!st.ok()) {
    std::fprintf(stderr, "isnad: %s: %s\n", id.c_str(), st.message().c_str());
    return false;
  }
  a.Analyze(doc);
  return true;
}

int EvalSpans(const std::string& path, const std::string& models, const std::string& split) {
  std::vector<SpanItem> items;
  Status st = ReadSpanFile(path, &items);
  if (!st.ok()) return ReportError(st);
  int exit_code = kExitOk;
  auto analyzer = MakeAnalyzer(models, &exit_code);
  if (!analyzer) return exit_code;
  SpanScores total;
  std::map<std::string, SpanScores> per;
  Document doc;
  size_t docs = 0;
  for (const SpanItem& it : items) {
    if (split != "all" && split != SplitName(SplitOf(it.key))) continue;
    if (!Analyze(*analyzer, it.id, it.text, &doc)) return kExitInputError;
    if (!(doc.layers & kLayerTechniques)) {
      std::fprintf(stderr, "isnad: no technique model in %s/persuasion\n", ResolveModelsDir(analyzer->options()).c_str());
      return kExitInputError;
    }
    std::vector<LabeledSpan> pred;
    for (const Technique& t : doc.techniques) pred.push_back({t.span, t.technique});
    total.Add(it.labels, pred);
    std::map<std::string, std::pair<std::vector<LabeledSpan>, std::vector<LabeledSpan>>> by;
    for (const auto& g : it.labels) by[g.technique].first.push_back(g);
    for (const auto& p : pred) by[p.technique].second.push_back(p);
    for (const auto& [name, gp] : by) per[name].Add(gp.first, gp.second);
    ++docs;
  }
  std::printf("documents            %zu (split %s)\n", docs, split.c_str());
  std::printf("%-34s %5s %5s %6s %6s %6s\n", "technique", "gold", "pred", "P", "R", "F1");
  for (const auto& [name, s] : per)
    std::printf("%-34s %5zu %5zu %6.3f %6.3f %6.3f\n", name.c_str(), s.gold, s.predicted, s.P(), s.R(), s.F1());
  std::printf("gold / predicted     %zu / %zu\n", total.gold, total.predicted);
  std::printf("span P / R           %.3f / %.3f\n", total.P(), total.R());
  std::printf("span micro-F1        %.3f\n", total.F1());
  return kExitOk;
}

int EvalJudgement(const std::string& path, const std::string& models, bool multilabel) {
  std::vector<LabeledText> texts;
  Status st = ReadJudgementFile(path, &texts);
  if (!st.ok()) return ReportError(st);
  int exit_code = kExitOk;
  auto analyzer = MakeAnalyzer(models, &exit_code);
  if (!analyzer) return exit_code;
  BinaryScores binary;
  LabelScores labels;
  Document doc;
  for (const LabeledText& t : texts) {
    if (!Analyze(*analyzer, t.id, t.text, &doc)) return kExitInputError;
    if (!(doc.layers & kLayerPersuasion)) {
      std::fprintf(stderr, "isnad: no persuasion model in %s/persuasion\n", ResolveModelsDir(analyzer->options()).c_str());
      return kExitInputError;
    }
    if (multilabel) {
      std::vector<std::string> pred = doc.persuasion.techniques;
      if (pred.empty()) pred.push_back("no_technique");
      labels.Add(t.labels, pred);
    } else {
      binary.Add(t.label, doc.persuasion.label);
    }
  }
  std::printf("documents            %zu\n", texts.size());
  if (multilabel) {
    std::printf("%-34s %5s %5s %5s %6s\n", "label", "tp", "fp", "fn", "F1");
    for (const auto& [name, c] : labels.per_label)
      std::printf("%-34s %5zu %5zu %5zu %6.3f\n", name.c_str(), c.tp, c.fp, c.fn, c.F1());
    std::printf("micro-F1             %.3f\n", labels.MicroF1());
    std::printf("macro-F1             %.3f\n", labels.MacroF1());
  } else {
    std::printf("tp fp fn tn          %zu %zu %zu %zu\n", binary.tp, binary.fp, binary.fn, binary.tn);
    std::printf("micro-F1 (accuracy)  %.3f\n", binary.Accuracy());
    std::printf("F1 persuasive        %.3f\n", binary.F1Positive());
    std::printf("macro-F1             %.3f\n", binary.MacroF1());
  }
  return kExitOk;
}

int EvalCheckworthy(const std::string& path, const std::string& models, bool sweep) {
  std::vector<LabeledText> texts;
  Status st = ReadCheckworthyFile(path, &texts);
  if (!st.ok()) return ReportError(st);
  int exit_code = kExitOk;
  auto analyzer = MakeAnalyzer(models, &exit_code);
  if (!analyzer) return exit_code;
  BinaryScores s;
  std::vector<std::pair<float, bool>> scored;  // for --sweep
  Document doc;
  for (const LabeledText& t : texts) {
    if (!Analyze(*analyzer, t.id, t.text, &doc)) return kExitInputError;
    scored.push_back({doc.checkworthy.score, t.label});
    if (!(doc.layers & kLayerCheckworthy)) {
      std::fprintf(stderr, "isnad: no check-worthiness model in %s/checkworthy\n",
                   ResolveModelsDir(analyzer->options()).c_str());
      return kExitInputError;
    }
    s.Add(t.label, doc.checkworthy.label);
  }
  std::printf("documents            %zu\n", texts.size());
  std::printf("tp fp fn tn          %zu %zu %zu %zu\n", s.tp, s.fp, s.fn, s.tn);
  std::printf("accuracy             %.3f\n", s.Accuracy());
  std::printf("F1 (Yes)             %.3f\n", s.F1Positive());
  std::printf("macro-F1             %.3f\n", s.MacroF1());
  if (sweep) {
    std::printf("threshold  F1(Yes)  macro-F1\n");
    for (int i = 1; i <= 19; ++i) {
      BinaryScores at;
      for (const auto& [p, gold] : scored) at.Add(gold, p >= 0.05f * i);
      std::printf("%9.2f  %7.3f  %8.3f\n", 0.05 * i, at.F1Positive(), at.MacroF1());
    }
  }
  return kExitOk;
}

}  // namespace

void AddEvalCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = SubcommandOrNew(app, "eval", "Evaluate against gold data, with each spec's metrics");
  cmd->require_subcommand(1);

  struct Args {
    std::string gold;
    std::string models;
    bool errors = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* attr = cmd->add_subcommand(
      "attribution", "Attribution scores (attribution.md) on a gold JSONL file, e.g. "
                     "../shared/data/attribution/dev.jsonl");
  attr->add_option("gold", args->gold, "gold JSON Lines file")->required();
  attr->add_option("--models", args->models, "folder of model files");
  attr->add_flag("--errors", args->errors, "list every miss, spurious cue and wrong field");
  attr->callback([args, exit_code]() { *exit_code = EvalAttribution(args->gold, args->models, args->errors); });

  struct PersuasionArgs {
    std::string spans, binary, multilabel, models, split = "all";
  };
  auto pa = std::make_shared<PersuasionArgs>();
  CLI::App* pers = cmd->add_subcommand(
      "persuasion", "Persuasion scores: technique spans (ArAIEval 2024 task 1 partial-overlap micro-F1), "
                    "persuasive or not (ArAIEval 2023 1A micro-F1), document techniques (1B micro-F1)");
  auto* o1 = pers->add_option("--spans", pa->spans, "span file (ArAIEval 2024 task 1 or ArMPro span format)");
  auto* o2 = pers->add_option("--binary", pa->binary, "ArAIEval 2023 task 1A file");
  auto* o3 = pers->add_option("--multilabel", pa->multilabel, "ArAIEval 2023 task 1B file");
  o1->excludes(o2)->excludes(o3);
  o2->excludes(o3);
  pers->add_option("--split", pa->split, "with --spans: all, or one part of the project's page-hash split "
                                         "(train, tune, dev)")
      ->check(CLI::IsMember({"all", "train", "tune", "dev"}));
  pers->add_option("--models", pa->models, "folder of model files");
  pers->callback([pa, exit_code]() {
    if (!pa->spans.empty()) *exit_code = EvalSpans(pa->spans, pa->models, pa->split);
    else if (!pa->binary.empty()) *exit_code = EvalJudgement(pa->binary, pa->models, false);
    else if (!pa->multilabel.empty()) *exit_code = EvalJudgement(pa->multilabel, pa->models, true);
    else {
      std::fprintf(stderr, "isnad: eval persuasion needs --spans, --binary or --multilabel\n");
      *exit_code = kExitUsage;
    }
  });

  auto cw_gold = std::make_shared<std::string>();
  auto cw_models = std::make_shared<std::string>();
  auto cw_sweep = std::make_shared<bool>(false);
  CLI::App* cw = cmd->add_subcommand(
      "checkworthy", "Check-worthiness scores (CheckThat! 2024: F1 of Yes, macro-F1) on a TSV file");
  cw->add_option("gold", *cw_gold, "CheckThat! 2024 TSV (tweet_id, tweet_url, tweet_text, class_label)")->required();
  cw->add_option("--models", *cw_models, "folder of model files");
  cw->add_flag("--sweep", *cw_sweep, "also print the scores at thresholds 0.05 .. 0.95 (a diagnostic)");
  cw->callback([cw_gold, cw_models, cw_sweep, exit_code]() {
    *exit_code = EvalCheckworthy(*cw_gold, *cw_models, *cw_sweep);
  });
}

}  // namespace isnad::cli
