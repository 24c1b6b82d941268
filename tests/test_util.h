// Helpers shared by the tests.
#ifndef ISNAD_TESTS_TEST_UTIL_H_
#define ISNAD_TESTS_TEST_UTIL_H_

#include <stdexcept>
#include <string>
#include <vector>

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

}  // namespace isnad::test

#endif  // ISNAD_TESTS_TEST_UTIL_H_
