// Helpers every subcommand file shares: the analyzer, subcommand groups.
#include <cstdio>

#include "commands.h"

namespace isnad::cli {

int ReportError(const Status& st) {
  std::fprintf(stderr, "isnad: %s\n", st.message().c_str());
  return kExitInputError;
}

std::unique_ptr<Analyzer> CreateAnalyzerOrReport(const AnalyzerOptions& options, int* exit_code) {
  std::unique_ptr<Analyzer> analyzer;
  Status st = Analyzer::Create(options, &analyzer);
  if (!st.ok()) {
    *exit_code = ReportError(st);
    return nullptr;
  }
  return analyzer;
}

CLI::App* SubcommandOrNew(CLI::App& app, const std::string& name, const std::string& help) {
  for (CLI::App* sub : app.get_subcommands({}))
    if (sub->get_name() == name) return sub;
  CLI::App* cmd = app.add_subcommand(name, help);
  cmd->require_subcommand(1);
  return cmd;
}

AnalyzerOptions TextLayerOptions() {
  AnalyzerOptions o;
  o.attributions = false;
  o.words = false;
  o.persuasion = false;
  o.checkworthiness = false;
  return o;
}

}  // namespace isnad::cli
