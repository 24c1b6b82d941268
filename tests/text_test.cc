// The text layer: UTF-8 decoding and normalization.
#include <gtest/gtest.h>

#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"

namespace isnad {
namespace {

std::string Norm(const std::string& utf8, bool taa = false) {
  Utf8DecodeResult d;
  EXPECT_TRUE(DecodeUtf8(utf8, false, &d).ok());
  NormalizeOptions o;
  o.taa_marbuta_to_ha = taa;
  return Normalize(d.code_points, o);
}

TEST(Utf8, DecodesArabicToCodePoints) {
  Utf8DecodeResult d;
  ASSERT_TRUE(DecodeUtf8("قال: نعم", false, &d).ok());
  EXPECT_EQ(d.code_points.size(), 8u);
  EXPECT_EQ(d.code_points[0], U'ق');
  EXPECT_EQ(EncodeUtf8(d.code_points), "قال: نعم");
}

TEST(Utf8, StrictModeNamesTheByteOfTheFirstBadSequence) {
  Utf8DecodeResult d;
  Status st = DecodeUtf8(std::string("ab\xD9\x82\xFF", 5), false, &d);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.message(), "invalid UTF-8 at byte 4");
}

TEST(Utf8, RejectsOverlongsSurrogatesAndTruncation) {
  Utf8DecodeResult d;
  EXPECT_FALSE(DecodeUtf8("\xC0\xAF", false, &d).ok());          // overlong '/'
  EXPECT_FALSE(DecodeUtf8("\xED\xA0\x80", false, &d).ok());      // surrogate
  EXPECT_FALSE(DecodeUtf8("\xF4\x90\x80\x80", false, &d).ok());  // above U+10FFFF
  EXPECT_FALSE(DecodeUtf8("\xD9", false, &d).ok());              // cut short
}

TEST(Utf8, LenientModeReplacesAndCounts) {
  Utf8DecodeResult d;
  ASSERT_TRUE(DecodeUtf8(std::string("a\xFF\xD9\x82\xE2\x82", 6), true, &d).ok());
  EXPECT_EQ(d.replaced, 2u);
  EXPECT_EQ(d.code_points, (std::u32string{U'a', U'\uFFFD', U'ق', U'\uFFFD'}));
}

TEST(Normalize, HamzaSeatsAlifMaqsuraDiacriticsAndTatweel) {
  EXPECT_EQ(Norm("أكّد"), "اكد");
  EXPECT_EQ(Norm("إلى"), "الي");
  EXPECT_EQ(Norm("آلية"), "الية");
  EXPECT_EQ(Norm("ٱلله"), "الله");
  EXPECT_EQ(Norm("قـــال"), "قال");
  EXPECT_EQ(Norm("مُحَمَّدٌ"), "محمد");
}

TEST(Normalize, DigitsBecomeAscii) {
  EXPECT_EQ(Norm("١٥٪"), "15٪");
  EXPECT_EQ(Norm("۲۰۱۷"), "2017");
}

TEST(Normalize, TaaMarbutaKeptUnlessAsked) {
  EXPECT_EQ(Norm("سورية"), "سورية");
  EXPECT_EQ(Norm("سورية", true), "سوريه");
}

TEST(Normalize, PresentationFormsAndLigaturesThroughNfkc) {
  EXPECT_EQ(Norm("\uFEDB\uFEE0\uFEE4\uFE94"), "كلمة");  // presentation forms B
  EXPECT_EQ(Norm("\uFEFB"), "لا");                       // lam-alef ligature
  EXPECT_EQ(Norm("\uFDF2"), "الله");                     // Allah ligature (its marks dropped)
}

}  // namespace
}  // namespace isnad
