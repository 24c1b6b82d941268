// isnad tokenize / isnad normalize: the text layer on its own.
#include <functional>
#include <memory>

#include "batch.h"
#include "commands.h"
#include "isnad/analyzer.h"
#include "isnad/io/json_writer.h"
#include "isnad/text/utf8.h"

namespace isnad::cli {
namespace {

struct TextLayerArgs {
  std::vector<std::string> paths;
  BatchOptions batch;
  bool taa = false;
  bool json = false;  // tokenize only
};

// Registers a subcommand that runs the text layer (no model) on every input
// and prints each document with `print`.
CLI::App* AddTextLayerCommand(
    CLI::App& app, const char* name, const char* help, int* exit_code,
    std::function<void(const TextLayerArgs&, const Document&, std::string*)> print,
    std::shared_ptr<TextLayerArgs> args) {
  CLI::App* cmd = app.add_subcommand(name, help);
  AddBatchOptions(cmd, &args->paths, &args->batch);
  cmd->add_flag("--taa-marbuta", args->taa, "also normalize ة to ه in the normalized forms");
  cmd->callback([args, exit_code, print]() {
    AnalyzerOptions opt = TextLayerOptions();
    opt.normalize.taa_marbuta_to_ha = args->taa;
    std::unique_ptr<Analyzer> analyzer = CreateAnalyzerOrReport(opt, exit_code);
    if (!analyzer) return;
    size_t failed = RunBatch(args->paths, args->batch, [&](Document* doc, std::string* out) {
      analyzer->Tokenize(doc);
      print(*args, *doc, out);
    });
    *exit_code = failed > 0 ? kExitInputError : kExitOk;
  });
  return cmd;
}

}  // namespace

void AddTokenizeCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<TextLayerArgs>();
  CLI::App* cmd = AddTextLayerCommand(
      app, "tokenize",
      "Split text into sentences and tokens: one sentence a line, tokens separated by spaces",
      exit_code,
      [](const TextLayerArgs& a, const Document& doc, std::string* out) {
        if (a.json) {
          AppendDocumentJson(doc, {}, out);
          out->push_back('\n');
          return;
        }
        for (const Sentence& s : doc.sentences) {
          for (uint32_t t = s.first_token; t < s.end_token; ++t) {
            if (t > s.first_token) out->push_back(' ');
            for (char32_t c : doc.Text(doc.tokens[t].span)) AppendUtf8(c, out);
          }
          out->push_back('\n');
        }
      },
      args);
  cmd->add_flag("--json", args->json, "print the tokens and sentences layers as JSON instead");
}

void AddNormalizeCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<TextLayerArgs>();
  AddTextLayerCommand(
      app, "normalize",
      "Print the normalized form of the text, token by token, keeping the line layout", exit_code,
      [](const TextLayerArgs&, const Document& doc, std::string* out) {
        // Tokens on one line are joined by a space; a newline in the text
        // between two tokens starts a new output line.
        uint32_t prev_end = 0;
        for (size_t i = 0; i < doc.tokens.size(); ++i) {
          const Token& t = doc.tokens[i];
          if (i > 0) {
            bool nl = false;
            for (uint32_t k = prev_end; k < t.span.start; ++k) nl |= doc.cps[k] == '\n';
            out->push_back(nl ? '\n' : ' ');
          }
          out->append(doc.Norm(t));
          prev_end = t.span.end;
        }
        out->push_back('\n');
      },
      args);
}

}  // namespace isnad::cli
