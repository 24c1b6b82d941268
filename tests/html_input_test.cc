// HTML pages: the article body becomes the text to analyse.
#include <gtest/gtest.h>

#include "isnad/io/html_input.h"

namespace isnad {
namespace {

TEST(HtmlInput, ArticleBodyWithParagraphsAndEntities) {
  const std::string page =
      "<!doctype html><html><head><title>عنوان الصفحة</title><script>var x = 1;</script></head>"
      "<body><nav>الرئيسية | أخبار</nav><article><h1>دعم واشنطن لداعش</h1>"
      "<p>أكد وزير الخارجية الروسي   سيرغي لافروف &amp; نظيره<br>أن الإرهابيين &quot;يشكلون&quot; خطرا.</p>"
      "<p>وقال <b>لافروف</b>: «نعم».</p></article><footer>حقوق النشر</footer></body></html>";
  std::string text;
  ASSERT_TRUE(ExtractHtmlText(page, &text).ok());
  EXPECT_EQ(text,
            "دعم واشنطن لداعش\n\n"
            "أكد وزير الخارجية الروسي سيرغي لافروف & نظيره\nأن الإرهابيين \"يشكلون\" خطرا.\n\n"
            "وقال لافروف: «نعم».");
}

TEST(HtmlInput, BodyWhenThereIsNoArticleElement) {
  std::string text;
  ASSERT_TRUE(ExtractHtmlText("<html><body><div>قال</div><div>الوزير</div><style>p{}</style></body></html>", &text).ok());
  EXPECT_EQ(text, "قال\n\nالوزير");
}

TEST(HtmlInput, InvalidUtf8AndEmptyPagesAreErrors) {
  std::string text;
  Status st = ExtractHtmlText(std::string("<p>قال \xFF</p>"), &text);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.message(), "invalid UTF-8 at byte 10");
  EXPECT_FALSE(ExtractHtmlText("<html><body><script>x</script></body></html>", &text).ok());
}

TEST(HtmlInput, DeeplyNestedPagesDoNotOverflow) {
  std::string page;
  for (int i = 0; i < 4000; ++i) page += "<div>";
  page += "نص";
  std::string text;
  ASSERT_TRUE(ExtractHtmlText(page, &text).ok());
  EXPECT_EQ(text, "نص");
}

TEST(HtmlInput, RecognizesHtmlPaths) {
  EXPECT_TRUE(IsHtmlPath("a/page.html"));
  EXPECT_TRUE(IsHtmlPath("PAGE.HTM"));
  EXPECT_FALSE(IsHtmlPath("page.txt"));
}

}  // namespace
}  // namespace isnad
