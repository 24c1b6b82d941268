// libFuzzer target: arbitrary bytes through each way in (plain text, strict
// and lenient; one JSON Lines record; an HTML page) and, when the input is
// accepted, the whole analysis with every committed model and the JSON
// writer. A crash, a sanitizer report or a span outside the text is a bug;
// a rejected input must come back as a Status, never as an abort.
//
// Not part of the default build (it needs clang's libFuzzer):
//   bash tests/fuzz/run.sh [seconds]
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "isnad/analyzer.h"
#include "isnad/io/html_input.h"
#include "isnad/io/input.h"
#include "isnad/io/json_writer.h"

namespace {

isnad::Analyzer& TheAnalyzer() {
  static std::unique_ptr<isnad::Analyzer> analyzer = [] {
    std::unique_ptr<isnad::Analyzer> a;
    if (!isnad::Analyzer::Create(isnad::AnalyzerOptions(), &a).ok()) std::abort();
    return a;
  }();
  return *analyzer;
}

bool Inside(const isnad::Document& d, isnad::Span s) {
  return s.start <= s.end && s.end <= d.cps.size();
}

void CheckSpans(const isnad::Document& d) {
  for (const isnad::Token& t : d.tokens)
    if (!Inside(d, t.span)) std::abort();
  for (const isnad::Entity& e : d.entities)
    for (const isnad::Span& m : e.mentions)
      if (!Inside(d, m)) std::abort();
  for (const isnad::Attribution& a : d.attributions) {
    if (!Inside(d, a.cue) || !Inside(d, a.content) || (a.has_speaker && !Inside(d, a.speaker)))
      std::abort();
    if (a.entity >= static_cast<int32_t>(d.entities.size())) std::abort();
    if (a.parent >= static_cast<int32_t>(d.attributions.size())) std::abort();
  }
  for (const isnad::Technique& t : d.techniques)
    if (!Inside(d, t.span)) std::abort();
  for (const isnad::Claim& c : d.claims)
    if (!Inside(d, c.span)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // The first byte chooses the way in; the rest is the input.
  const int way = data[0] % 4;
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  isnad::InputOptions options;
  options.lenient = way == 1;
  isnad::Document doc;
  isnad::Status st;
  if (way == 2) {
    st = isnad::ParseJsonlRecord(bytes, options, &doc);
  } else if (way == 3) {
    std::string text;
    st = isnad::ExtractHtmlText(bytes, &text);
    if (st.ok()) st = isnad::SetDocumentText("fuzz", text, options, &doc);
  } else {
    st = isnad::SetDocumentText("fuzz", bytes, options, &doc);
  }
  if (!st.ok()) {
    if (st.message().empty()) std::abort();  // every refusal says why
    return 0;
  }
  TheAnalyzer().Analyze(&doc);
  CheckSpans(doc);
  std::string json;
  isnad::AppendDocumentJson(doc, isnad::JsonWriteOptions(), &json);
  return 0;
}
