// Batch: reads inputs (plain-text files, standard input, JSON Lines), runs a
// function on every good document with several threads, and hands the
// results back in input order. Bad records are reported on stderr with their
// file, line and byte, and counted; they never stop the batch.
#ifndef ISNAD_APPS_BATCH_H_
#define ISNAD_APPS_BATCH_H_

#include <functional>
#include <string>
#include <vector>

#include "isnad/document.h"
#include "isnad/io/input.h"
#include <CLI/CLI.hpp>

namespace isnad::cli {

struct BatchOptions {
  InputOptions input;
  bool jsonl = false;  // treat every input as JSON Lines (else by extension)
  bool html = false;   // treat every input as an HTML page (else by extension)
  int threads = 1;
};

// `work(doc, out)` runs on a worker thread with a document that parsed well
// and appends its output to `out`; the outputs are written to stdout in
// input order. Returns the number of inputs that failed.
size_t RunBatch(const std::vector<std::string>& paths, const BatchOptions& options,
                const std::function<void(Document* doc, std::string* out)>& work);

// Adds the input options shared by every document-reading subcommand.
void AddBatchOptions(CLI::App* cmd, std::vector<std::string>* paths, BatchOptions* options);

}  // namespace isnad::cli

#endif  // ISNAD_APPS_BATCH_H_
