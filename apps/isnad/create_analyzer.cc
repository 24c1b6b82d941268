// The analyzer behind every document-reading subcommand.
#include <cstdio>

#include "commands.h"

namespace isnad::cli {

std::unique_ptr<Analyzer> CreateAnalyzerOrReport(const AnalyzerOptions& options, int* exit_code) {
  std::unique_ptr<Analyzer> analyzer;
  Status st = Analyzer::Create(options, &analyzer);
  if (!st.ok()) {
    std::fprintf(stderr, "isnad: %s\n", st.message().c_str());
    *exit_code = kExitInputError;
    return nullptr;
  }
  return analyzer;
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
