// isnad tokenize / isnad normalize: the text layer on its own.
#include <memory>

#include "batch.h"
#include "commands.h"
#include "isnad/analyzer.h"
#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"
#include "isnad/io/json_writer.h"

namespace isnad::cli {

void AddTokenizeCommand(CLI::App& app, int* exit_code) {
  struct Args {
    std::vector<std::string> paths;
    BatchOptions batch;
    bool json = false;
    bool taa = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "tokenize", "Split text into sentences and tokens: one sentence a line, tokens separated by spaces");
  AddBatchOptions(cmd, &args->paths, &args->batch);
  cmd->add_flag("--json", args->json, "print the tokens and sentences layers as JSON instead");
  cmd->add_flag("--taa-marbuta", args->taa, "normalize ة to ه in the norm forms");
  cmd->callback([args, exit_code]() {
    AnalyzerOptions opt = TextLayerOptions();
    opt.normalize.taa_marbuta_to_ha = args->taa;
    std::unique_ptr<Analyzer> analyzer = CreateAnalyzerOrReport(opt, exit_code);
    if (!analyzer) return;
    size_t failed = RunBatch(args->paths, args->batch, [&](Document* doc, std::string* out) {
      analyzer->Tokenize(doc);
      if (args->json) {
        AppendDocumentJson(*doc, {}, out);
        out->push_back('\n');
        return;
      }
      for (const Sentence& s : doc->sentences) {
        for (uint32_t t = s.first_token; t < s.end_token; ++t) {
          if (t > s.first_token) out->push_back(' ');
          for (char32_t c : doc->Text(doc->tokens[t].span)) AppendUtf8(c, out);
        }
        out->push_back('\n');
      }
    });
    *exit_code = failed > 0 ? kExitInputError : kExitOk;
  });
}

void AddNormalizeCommand(CLI::App& app, int* exit_code) {
  struct Args {
    std::vector<std::string> paths;
    BatchOptions batch;
    bool taa = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "normalize", "Print the normalized form of the text, token by token, keeping the line layout");
  AddBatchOptions(cmd, &args->paths, &args->batch);
  cmd->add_flag("--taa-marbuta", args->taa, "also normalize ة to ه");
  cmd->callback([args, exit_code]() {
    AnalyzerOptions opt = TextLayerOptions();
    opt.normalize.taa_marbuta_to_ha = args->taa;
    std::unique_ptr<Analyzer> analyzer = CreateAnalyzerOrReport(opt, exit_code);
    if (!analyzer) return;
    size_t failed = RunBatch(args->paths, args->batch, [&](Document* doc, std::string* out) {
      analyzer->Tokenize(doc);
      // Tokens on one line are joined by a space; a newline in the text
      // between two tokens starts a new output line.
      uint32_t prev_end = 0;
      for (size_t i = 0; i < doc->tokens.size(); ++i) {
        const Token& t = doc->tokens[i];
        if (i > 0) {
          bool nl = false;
          for (uint32_t k = prev_end; k < t.span.start; ++k) nl |= doc->cps[k] == '\n';
          out->push_back(nl ? '\n' : ' ');
        }
        out->append(doc->Norm(t));
        prev_end = t.span.end;
      }
      out->push_back('\n');
    });
    *exit_code = failed > 0 ? kExitInputError : kExitOk;
  });
}

}  // namespace isnad::cli
