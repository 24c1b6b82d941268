// isnad eval: quality figures on gold data, with the metrics of each spec.
#include <cstdio>
#include <memory>

#include "commands.h"
#include "isnad/analyzer.h"
#include "isnad/eval/attribution_eval.h"
#include "isnad/io/input.h"

namespace isnad::cli {
namespace {

int EvalAttribution(const std::string& path, const std::string& models, bool show_errors) {
  std::string bytes;
  Status st = ReadInput(path, &bytes);
  if (!st.ok()) {
    std::fprintf(stderr, "isnad: %s\n", st.message().c_str());
    return kExitInputError;
  }
  AnalyzerOptions opt;
  opt.models_dir = models;
  std::unique_ptr<Analyzer> analyzer;
  st = Analyzer::Create(opt, &analyzer);
  if (!st.ok()) {
    std::fprintf(stderr, "isnad: %s\n", st.message().c_str());
    return kExitInputError;
  }
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

}  // namespace

void AddEvalCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("eval", "Evaluate against gold data, with each spec's metrics");
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
}

}  // namespace isnad::cli
