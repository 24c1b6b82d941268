// isnad eval: quality figures on gold data.
#include "commands.h"

namespace isnad::cli {

void AddEvalCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("eval", "Evaluate against gold data");
  cmd->require_subcommand(1);
}

}  // namespace isnad::cli
