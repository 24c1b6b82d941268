// isnad analyze: the analysis document of each input.
#include <cstdio>
#include <memory>
#include <sstream>

#include "batch.h"
#include "commands.h"
#include "isnad/analyzer.h"
#include "isnad/io/json_writer.h"
#include "isnad/io/text_report.h"

namespace isnad::cli {

void AddAnalyzeCommand(CLI::App& app, int* exit_code) {
  struct Args {
    std::vector<std::string> paths;
    BatchOptions batch;
    bool pretty = false;
    std::string format = "json";
    AnalyzerOptions analyzer;
    std::string skip;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "analyze", "Analyse articles: sentences, tokens, attributions (who said what), as JSON");
  AddBatchOptions(cmd, &args->paths, &args->batch);
  cmd->add_flag("--pretty", args->pretty, "indent the JSON");
  cmd->add_option("--format", args->format, "json (the analysis document) or text (a readable report)")
      ->check(CLI::IsMember({"json", "text"}));
  cmd->add_option("--models", args->analyzer.models_dir, "folder of model files");
  cmd->add_option("--skip", args->skip,
                  "comma-separated stages to leave out, for speed: words (segmentation and POS), "
                  "entities, persuasion, checkworthy (their layers are then absent)");
  cmd->callback([args, exit_code]() {
    std::stringstream stages(args->skip);
    for (std::string stage; std::getline(stages, stage, ',');) {
      if (stage == "words") {
        args->analyzer.words = false;
      } else if (stage == "entities") {
        args->analyzer.entities = false;
      } else if (stage == "persuasion") {
        args->analyzer.persuasion = false;
      } else if (stage == "checkworthy") {
        args->analyzer.checkworthiness = false;
      } else {
        std::fprintf(stderr, "isnad analyze: --skip: unknown stage '%s' (words, entities, persuasion, checkworthy)\n",
                     stage.c_str());
        *exit_code = kExitUsage;
        return;
      }
    }
    std::unique_ptr<Analyzer> analyzer = CreateAnalyzerOrReport(args->analyzer, exit_code);
    if (!analyzer) return;
    const bool text = args->format == "text";
    JsonWriteOptions jopt;
    jopt.pretty = args->pretty;
    size_t failed = RunBatch(args->paths, args->batch, [&](Document* doc, std::string* out) {
      analyzer->Analyze(doc);
      if (text) {
        AppendTextReport(*doc, out);
      } else {
        AppendDocumentJson(*doc, jopt, out);
        out->push_back('\n');
      }
    });
    *exit_code = failed > 0 ? kExitInputError : kExitOk;
  });
}

}  // namespace isnad::cli
