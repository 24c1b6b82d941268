// Server: the HTTP face of isnad (`isnad serve`).
//
//   POST /v1/analyze   one document, as application/json {"text": ..., "id"?: ...}
//                      or text/plain (id from ?id=): the analysis document
//                      (../shared/specs/analysis-json.md), as `isnad analyze`
//                      prints it; ?pretty=1 indents it.
//                      application/x-ndjson (or application/jsonl): a batch of
//                      JSON Lines records; one result line per non-empty input
//                      line, in order; a bad line gives
//                      {"error": ..., "line": N} in its place.
//   GET  /healthz      {"status": "ok", ...}
//   GET  /             the analysis page (web/, built into the binary)
//
// Every error is a JSON object {"error": "..."} with its status: 400 bad JSON,
// bad UTF-8 or an empty text; 404 unknown path; 405 wrong method (with an
// Allow header); 413 body over the limit; 415 unsupported content type; 503
// over the concurrency limit (with Retry-After).
//
// Limits (ServerOptions): the body size; the request time (socket read and
// write timeouts, and a deadline after which the remaining lines of a batch
// are answered with an error instead of being analysed — one document's
// analysis is linear in its text, bounded by the body limit, and is not
// interrupted); the requests admitted at once (analysing or waiting for a
// worker), beyond which the server answers 503 at once; and the analyses
// that run at once.
//
// Thread safety: one Analyzer, created before the server and immutable, is
// shared by every worker thread; each request analyses its own Documents.
#ifndef ISNAD_APPS_SERVER_SERVER_H_
#define ISNAD_APPS_SERVER_SERVER_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "isnad/analyzer.h"
#include "isnad/status.h"

namespace isnad::serve {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port (see Server::port())
  size_t max_body_bytes = size_t{8} << 20;
  int timeout_seconds = 30;   // request time limit
  int max_concurrent = 64;    // requests admitted at once; the next gets 503
  int threads = 0;            // analyses run at once; 0: the number of cores
  // Called on the worker thread of each admitted analysis request, before it
  // waits for an analysis slot. For tests (holding a request in flight).
  std::function<void()> on_admitted;
};

class Server {
 public:
  // `analyzer` must outlive the server.
  Server(const Analyzer* analyzer, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the listening socket. After it, port() is the bound port.
  Status Bind();
  int port() const;

  // Serves until Stop(). Returns when the server has stopped.
  Status Run();

  // Stops accepting and makes Run() return. Safe from any thread.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace isnad::serve

#endif  // ISNAD_APPS_SERVER_SERVER_H_
