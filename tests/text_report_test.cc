// The readable report of `isnad analyze --format text`.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "isnad/analyzer.h"
#include "isnad/io/text_report.h"
#include "test_util.h"

namespace isnad {
namespace {

TEST(TextReport, WhoSaidWhatNestingAndTheOutletsOwnClaims) {
  std::ifstream in(ISNAD_SOURCE_DIR "/data/samples/sana-2017-lavrov.txt");
  std::stringstream ss;
  ss << in.rdbuf();
  std::unique_ptr<Analyzer> analyzer;
  ASSERT_TRUE(Analyzer::Create({}, &analyzer).ok());
  Document doc = test::MakeDocument(ss.str(), "sana");
  analyzer->Analyze(&doc);
  std::string report;
  AppendTextReport(doc, &report);
  EXPECT_NE(report.find("A1  أكد  ←  وزير الخارجية الروسي سيرغي لافروف  [person"), std::string::npos) << report;
  // Nested reports are indented under their reporter and say so.
  EXPECT_NE(report.find("    A11  أعلن  ←  وزير الخارجية الأمريكي ريكس تيلرسون"), std::string::npos) << report;
  EXPECT_NE(report.find(", inside A10]"), std::string::npos);
  if (doc.layers & kLayerClaims) {
    const size_t unsourced = report.find("-- unsourced claims: ");
    ASSERT_NE(unsourced, std::string::npos);
    EXPECT_NE(report.find("«وأصبحت العلاقة الوثيقة", unsourced), std::string::npos) << report;
  }
}

}  // namespace
}  // namespace isnad
