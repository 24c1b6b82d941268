// isnad serve: the HTTP API and the analysis page (apps/server/server.h).
#include <pthread.h>

#include <csignal>
#include <cstdio>
#include <memory>
#include <thread>

#include "commands.h"
#include "isnad/analyzer.h"
#include "server/server.h"

namespace isnad::cli {

void AddServeCommand(CLI::App& app, int* exit_code) {
  struct Args {
    serve::ServerOptions server;
    AnalyzerOptions analyzer;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "Serve the HTTP API (POST /v1/analyze, GET /healthz) and the analysis page (GET /)");
  cmd->add_option("--host", args->server.host, "address to listen on")->capture_default_str();
  cmd->add_option("--port", args->server.port, "port to listen on (0: any free port)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--max-body", args->server.max_body_bytes,
                  "largest request body, in bytes (else 413)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--timeout", args->server.timeout_seconds,
                  "request time limit in seconds (socket reads and writes; batch lines after it "
                  "are answered with an error)")
      ->capture_default_str()
      ->check(CLI::Range(1, 86400));
  cmd->add_option("--max-concurrent", args->server.max_concurrent,
                  "analysis requests admitted at once, running or waiting (else 503)")
      ->capture_default_str()
      ->check(CLI::Range(1, 4096));
  cmd->add_option("--threads", args->server.threads, "analyses run at once (0: the number of cores)")
      ->capture_default_str()
      ->check(CLI::Range(0, 1024));
  cmd->add_option("--models", args->analyzer.models_dir, "folder of model files");
  cmd->callback([args, exit_code]() {
    std::unique_ptr<Analyzer> analyzer = CreateAnalyzerOrReport(args->analyzer, exit_code);
    if (!analyzer) return;
    // SIGINT and SIGTERM stop the server cleanly: they are blocked in every
    // thread and a watcher thread waits for them.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    serve::Server server(analyzer.get(), args->server);
    Status st = server.Bind();
    if (!st.ok()) {
      std::fprintf(stderr, "isnad serve: %s\n", st.message().c_str());
      *exit_code = kExitInputError;
      return;
    }
    std::fprintf(stderr, "isnad serve: listening on http://%s:%d/\n", args->server.host.c_str(),
                 server.port());
    std::fflush(stderr);
    std::thread watcher([&server, stop_signals]() {
      int sig = 0;
      sigwait(&stop_signals, &sig);
      if (sig == SIGINT || sig == SIGTERM) server.Stop();
    });
    st = server.Run();
    // Run() can also end without a signal (a listen error): wake the watcher.
    pthread_kill(watcher.native_handle(), SIGTERM);
    watcher.join();
    if (!st.ok()) {
      std::fprintf(stderr, "isnad serve: %s\n", st.message().c_str());
      *exit_code = kExitInputError;
      return;
    }
    std::fprintf(stderr, "isnad serve: stopped\n");
    *exit_code = kExitOk;
  });
}

}  // namespace isnad::cli
