// isnad: who said what, about whom, how, and on what evidence.
#include <cstdio>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"isnad: reads Arabic news and says who said what, about whom, and on what evidence"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "isnad 0.1.0");
  int exit_code = isnad::cli::kExitOk;
  isnad::cli::AddAnalyzeCommand(app, &exit_code);
  isnad::cli::AddTokenizeCommand(app, &exit_code);
  isnad::cli::AddNormalizeCommand(app, &exit_code);
  isnad::cli::AddEvalCommand(app, &exit_code);
  isnad::cli::AddServeCommand(app, &exit_code);
  isnad::cli::AddTrainCommand(app, &exit_code, isnad::cli::JoinCommandLine(argc, argv));
  isnad::cli::AddTagCommands(app, &exit_code);
  isnad::cli::AddNerCommands(app, &exit_code, isnad::cli::JoinCommandLine(argc, argv));
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return isnad::cli::kExitUsage;
  }
  std::fflush(stdout);
  return exit_code;
}
