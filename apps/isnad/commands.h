// The `isnad` command line: one file per subcommand, each a thin face over
// the library. Exit codes: 0 success, 1 some input failed (the good inputs
// are still processed and printed), 2 usage error.
#ifndef ISNAD_APPS_COMMANDS_H_
#define ISNAD_APPS_COMMANDS_H_

#include <CLI/CLI.hpp>

#include <memory>

#include "isnad/analyzer.h"
#include <string>

namespace isnad::cli {

constexpr int kExitOk = 0;
constexpr int kExitInputError = 1;
constexpr int kExitUsage = 2;

// Prints "isnad: <message>" on stderr; returns kExitInputError.
int ReportError(const Status& st);

// Creates the analyzer (loading its models once); on failure prints the
// error and sets *exit_code. Every document-reading subcommand uses it.
std::unique_ptr<Analyzer> CreateAnalyzerOrReport(const AnalyzerOptions& options, int* exit_code);

// The subcommand `name` of `app` (train, eval: several files add to them),
// made with `help` when it does not exist yet.
CLI::App* SubcommandOrNew(CLI::App& app, const std::string& name, const std::string& help);

// Options for the text layer alone (tokens, quotes, sentences): no model
// is loaded.
AnalyzerOptions TextLayerOptions();

// Each Add* registers a subcommand on `app`; when it runs, its callback
// stores its exit code in *exit_code.
void AddAnalyzeCommand(CLI::App& app, int* exit_code);
void AddTokenizeCommand(CLI::App& app, int* exit_code);
void AddNormalizeCommand(CLI::App& app, int* exit_code);
void AddEvalCommand(CLI::App& app, int* exit_code);
void AddServeCommand(CLI::App& app, int* exit_code);
// `command_line` is recorded in the headers of the models it writes.
void AddTrainCommand(CLI::App& app, int* exit_code, const std::string& command_line);
std::string JoinCommandLine(int argc, char** argv);
// train segpos, eval segpos (under the eval command; call after
// AddEvalCommand) and tag: the clitic segmenter and POS tagger.
void AddTagCommands(CLI::App& app, int* exit_code);
// ner, eval ner, train ner, train clusters (call after AddTrainCommand and
// AddEvalCommand): the named-entity tagger.
void AddNerCommands(CLI::App& app, int* exit_code, const std::string& command_line);

}  // namespace isnad::cli

#endif  // ISNAD_APPS_COMMANDS_H_
