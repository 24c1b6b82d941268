// Helpers shared by the tests.
#ifndef ISNAD_TESTS_TEST_UTIL_H_
#define ISNAD_TESTS_TEST_UTIL_H_

#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "isnad/analyzer.h"
#include "isnad/document.h"
#include "isnad/io/input.h"
#include "isnad/text/utf8.h"

namespace isnad::test {

// A document holding `utf8` (which must be valid).
inline Document MakeDocument(const std::string& utf8, const std::string& id = "t") {
  Document doc;
  Status st = SetDocumentText(id, utf8, {}, &doc);
  if (!st.ok()) throw std::runtime_error(st.message());
  return doc;
}

// The original text of every token.
inline std::vector<std::string> TokenTexts(const Document& doc) {
  std::vector<std::string> out;
  for (const Token& t : doc.tokens) out.push_back(doc.TextUtf8(t.span));
  return out;
}

inline std::string SharedDir() { return ISNAD_SHARED_DIR; }

// The bytes of a file ("" when it cannot be read).
inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// An analyzer with every stage up to the attributions (words, entities) and
// neither persuasion nor check-worthiness: what those two stages read. Made
// once per test binary; null when it cannot be created.
inline const Analyzer* AnalyzerBeforePersuasion() {
  static const std::unique_ptr<Analyzer> analyzer = [] {
    AnalyzerOptions o;
    o.persuasion = false;
    o.checkworthiness = false;
    std::unique_ptr<Analyzer> a;
    if (!Analyzer::Create(o, &a).ok()) a.reset();
    return a;
  }();
  return analyzer.get();
}

// `utf8` analysed by AnalyzerBeforePersuasion().
inline Document AnalyzeBeforePersuasion(const std::string& utf8) {
  Document doc = MakeDocument(utf8);
  const Analyzer* a = AnalyzerBeforePersuasion();
  if (a == nullptr) throw std::runtime_error("cannot create the analyzer");
  a->Analyze(&doc);
  return doc;
}

}  // namespace isnad::test

#endif  // ISNAD_TESTS_TEST_UTIL_H_
