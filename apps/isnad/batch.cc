#include "batch.h"

#include <cstdio>
#include <thread>

#include "commands.h"
#include "isnad/io/html_input.h"

namespace isnad::cli {
namespace {

struct Record {
  std::string where;  // "file" or "file:line", for messages
  std::string_view bytes;
  bool jsonl = false;
  std::string out;
  std::string error;
  size_t replaced = 0;  // lenient mode: invalid sequences replaced
};

void WriteAll(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }

}  // namespace

void AddBatchOptions(CLI::App* cmd, std::vector<std::string>* paths, BatchOptions* options) {
  cmd->add_option("files", *paths, "input files (plain UTF-8 text, .jsonl, or .html); - or none: stdin");
  cmd->add_flag("--jsonl", options->jsonl,
                "inputs are JSON Lines: one {\"id\", \"text\", ...} object a line");
  cmd->add_flag("--html", options->html,
                "inputs are HTML pages: the article body is extracted and analysed (also for .html files)");
  cmd->add_flag("--lenient", options->input.lenient,
                "replace invalid UTF-8 and NUL bytes with U+FFFD (and say how many) instead of failing");
  cmd->add_option("--threads", options->threads, "worker threads")->check(CLI::Range(1, 256));
  // PositiveNumber checks the text before conversion: without it "-5"
  // wraps around to a huge size_t and silently lifts the limit.
  cmd->add_option("--max-bytes", options->input.max_document_bytes,
                  "largest document accepted, in bytes")
      ->check(CLI::PositiveNumber);
}

size_t RunBatch(const std::vector<std::string>& paths_in, const BatchOptions& options,
                const std::function<void(Document* doc, std::string* out)>& work) {
  std::vector<std::string> paths = paths_in;
  if (paths.empty()) paths.push_back("-");
  size_t failed = 0;
  const int threads = std::max(1, options.threads);
  constexpr size_t kChunk = 256;

  for (const std::string& path : paths) {
    std::string bytes;
    Status st = ReadInput(path, &bytes);
    if (!st.ok()) {
      ReportError(st);
      ++failed;
      continue;
    }
    const std::string name = path == "-" ? "-" : path;
    std::vector<Record> records;
    if (options.jsonl || IsJsonlPath(path)) {
      ForEachLine(bytes, [&](size_t line_no, std::string_view line) {
        Record r;
        r.where = name + ":" + std::to_string(line_no);
        r.bytes = line;
        r.jsonl = true;
        records.push_back(std::move(r));
      });
      if (records.empty()) {
        std::fprintf(stderr, "isnad: %s: empty input (no JSON Lines records)\n", name.c_str());
        ++failed;
        continue;
      }
    } else {
      if (options.html || IsHtmlPath(path)) {
        // The page's article body is the document's text.
        std::string text;
        if (Status h = ExtractHtmlText(bytes, &text); !h.ok()) {
          std::fprintf(stderr, "isnad: %s: %s\n", name.c_str(), h.message().c_str());
          ++failed;
          continue;
        }
        bytes = std::move(text);
      }
      Record r;
      r.where = name;
      r.bytes = bytes;
      records.push_back(std::move(r));
    }

    // Analyse in chunks, each chunk split across the threads, and print each
    // chunk in order before starting the next: memory stays bounded by the
    // chunk, not the batch.
    for (size_t base = 0; base < records.size(); base += kChunk) {
      const size_t end = std::min(records.size(), base + kChunk);
      auto run = [&](size_t first, size_t step) {
        Document doc;
        for (size_t i = first; i < end; i += step) {
          Record& r = records[i];
          Status s = r.jsonl ? ParseJsonlRecord(r.bytes, options.input, &doc, &r.replaced)
                             : SetDocumentText(name, r.bytes, options.input, &doc, &r.replaced);
          if (!s.ok()) {
            r.error = r.where + ": " + s.message();
            continue;
          }
          work(&doc, &r.out);
        }
      };
      const size_t n = end - base;
      const size_t t = std::min<size_t>(static_cast<size_t>(threads), n);
      if (t <= 1) {
        run(base, 1);
      } else {
        std::vector<std::thread> pool;
        for (size_t k = 0; k < t; ++k) pool.emplace_back(run, base + k, t);
        for (auto& th : pool) th.join();
      }
      for (size_t i = base; i < end; ++i) {
        Record& r = records[i];
        if (!r.error.empty()) {
          std::fprintf(stderr, "isnad: %s\n", r.error.c_str());
          ++failed;
        } else {
          if (r.replaced > 0)
            std::fprintf(stderr, "isnad: %s: replaced %zu invalid sequence(s) with U+FFFD\n",
                         r.where.c_str(), r.replaced);
          WriteAll(r.out);
        }
        std::string().swap(r.out);
      }
    }
  }
  std::fflush(stdout);
  return failed;
}

}  // namespace isnad::cli
