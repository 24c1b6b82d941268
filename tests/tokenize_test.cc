// Sentences, tokens and quotations on real news sentences.
#include <gtest/gtest.h>

#include "isnad/tokenize/quotes.h"
#include "isnad/tokenize/sentences.h"
#include "isnad/tokenize/tokenizer.h"
#include "test_util.h"

namespace isnad {
namespace {

using test::MakeDocument;
using test::TokenTexts;
using Strings = std::vector<std::string>;

Document TextLayer(const std::string& text) {
  Document doc = MakeDocument(text);
  Tokenizer().Process(&doc);
  QuoteMatcher().Process(&doc);
  SentenceSplitter().Process(&doc);
  return doc;
}

std::vector<std::string> SentenceTexts(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.push_back(doc.TextUtf8(s.span));
  return out;
}

TEST(Tokenizer, WordsPunctuationAndClitics) {
  Document doc = TextLayer("وقال لافروف، إنه «لن يسمح».");
  EXPECT_EQ(TokenTexts(doc), (Strings{"وقال", "لافروف", "،", "إنه", "«", "لن", "يسمح", "»", "."}));
  EXPECT_EQ(doc.tokens[4].kind, TokenKind::kQuote);
}

// A run of tatweel with no letter is a dash drawn with it, punctuation; in
// a word it stays the word's ("الجيولوجيين ـــ الأقدم"، "الـ 25").
TEST(Tokenizer, TatweelAloneIsADash) {
  Document doc = TextLayer("حسب رأي الجيولوجيين ـــ الأقدم ـ حفظه الله ـ الـ 25");
  EXPECT_EQ(TokenTexts(doc), (Strings{"حسب", "رأي", "الجيولوجيين", "ـــ", "الأقدم", "ـ", "حفظه",
                                      "الله", "ـ", "الـ", "25"}));
  EXPECT_EQ(doc.tokens[3].kind, TokenKind::kPunct);
  EXPECT_EQ(doc.tokens[5].kind, TokenKind::kPunct);
  EXPECT_EQ(doc.tokens[9].kind, TokenKind::kWord);
}

TEST(Tokenizer, NumbersWithSeparatorsAndPercent) {
  Document doc = TextLayer("ارتفع 15.5 ٪ إلى 1,000 و١٥٪ و3.2%");
  EXPECT_EQ(TokenTexts(doc), (Strings{"ارتفع", "15.5", "٪", "إلى", "1,000", "و", "١٥٪", "و", "3.2%"}));
  EXPECT_EQ(doc.tokens[1].kind, TokenKind::kNumber);
  EXPECT_EQ(doc.tokens[6].kind, TokenKind::kNumber);
  EXPECT_EQ(doc.Norm(doc.tokens[6]), "15٪");
}

// The Arabic comma between digits is the decimal mark (one number, as UD
// Arabic-PADT tokenizes it); after a number and a space it is punctuation.
TEST(Tokenizer, ArabicCommaAsDecimalMark) {
  Document doc = TextLayer("نسبة 2،5% والساعة 5،42 عصرا، و3، 4");
  EXPECT_EQ(TokenTexts(doc), (Strings{"نسبة", "2،5%", "والساعة", "5،42", "عصرا", "،", "و", "3", "،", "4"}));
  EXPECT_EQ(doc.tokens[1].kind, TokenKind::kNumber);
  EXPECT_EQ(doc.tokens[3].kind, TokenKind::kNumber);
  EXPECT_EQ(doc.tokens[8].kind, TokenKind::kPunct);
}

TEST(Tokenizer, DatesUrlsHashtagsMentionsEmailEmoji) {
  Document doc = TextLayer("في 14/11/2017 نشر @SANA_English على https://sana.sy/?p=1. #سوريا 😀👍 info@sana.sy");
  EXPECT_EQ(TokenTexts(doc), (Strings{"في", "14/11/2017", "نشر", "@SANA_English", "على",
                                      "https://sana.sy/?p=1", ".", "#سوريا", "😀👍", "info@sana.sy"}));
  EXPECT_EQ(doc.tokens[1].kind, TokenKind::kDate);
  EXPECT_EQ(doc.tokens[3].kind, TokenKind::kMention);
  EXPECT_EQ(doc.tokens[5].kind, TokenKind::kUrl);
  EXPECT_EQ(doc.tokens[7].kind, TokenKind::kHashtag);
  EXPECT_EQ(doc.tokens[8].kind, TokenKind::kEmoji);
  EXPECT_EQ(doc.tokens[9].kind, TokenKind::kEmail);
}

TEST(Tokenizer, LatinWordsAndEllipsis) {
  Document doc = TextLayer("قالت وكالة Reuters... إن F16");
  EXPECT_EQ(TokenTexts(doc), (Strings{"قالت", "وكالة", "Reuters", "...", "إن", "F16"}));
  EXPECT_EQ(doc.tokens[2].kind, TokenKind::kLatin);
}

TEST(Tokenizer, SpansAreCodePointsOfTheOriginalEvenWithDiacritics) {
  Document doc = TextLayer("قَالَ الوزيرُ");
  ASSERT_EQ(doc.tokens.size(), 2u);
  EXPECT_EQ(doc.tokens[0].span.start, 0u);
  EXPECT_EQ(doc.tokens[0].span.end, 5u);  // ق َ ا ل َ
  EXPECT_EQ(doc.Norm(doc.tokens[0]), "قال");
  EXPECT_EQ(doc.tokens[1].span.start, 6u);
}

TEST(Sentences, ArabicAndLatinMarksAndParagraphs) {
  Document doc = TextLayer("هل حضر؟ نعم حضر! ثم غادر؛ وانتهى الأمر.\nعنوان بلا نقطة\nفقرة أخيرة…");
  EXPECT_EQ(SentenceTexts(doc), (Strings{"هل حضر؟", "نعم حضر!", "ثم غادر؛", "وانتهى الأمر.",
                                         "عنوان بلا نقطة", "فقرة أخيرة…"}));
}

TEST(Sentences, ClosingQuoteStaysWithItsSentenceAndAbbreviationsDoNotSplit) {
  Document doc = TextLayer("وقال د. أحمد: “انتهى الأمر.” ثم غادر.");
  EXPECT_EQ(SentenceTexts(doc), (Strings{"وقال د. أحمد: “انتهى الأمر.”", "ثم غادر."}));
}

// A period between two short words is an abbreviated name (إل.جي، بي.بي.سي);
// between longer ones it is a missing space between sentences.
TEST(Sentences, PeriodInsideAnAbbreviatedNameDoesNotSplit) {
  Document doc =
      TextLayer("وقالت إل.جي إلكترونيكس إنه سيطرح الهاتف. وقال لشبكة بي.بي.سي إن السعر مناسب.");
  EXPECT_EQ(SentenceTexts(doc), (Strings{"وقالت إل.جي إلكترونيكس إنه سيطرح الهاتف.",
                                         "وقال لشبكة بي.بي.سي إن السعر مناسب."}));
  doc = TextLayer("بلغت الخسائر مليون دولار.وقال المدير إنها كبيرة.");
  EXPECT_EQ(SentenceTexts(doc), (Strings{"بلغت الخسائر مليون دولار.", "وقال المدير إنها كبيرة."}));
}

TEST(Quotes, QuoteRunningOverSentencesIsOneQuotation) {
  Document doc = TextLayer("وقال: “الوضع خطير. علينا أن نتحرك.” وغادر.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.TextUtf8(doc.quotes[0].inner), "الوضع خطير. علينا أن نتحرك.");
  EXPECT_GE(doc.sentences.size(), 2u);
}

TEST(Quotes, NestedQuotesBelongToTheOuterOne) {
  Document doc = TextLayer("أكدت “أن إرهابيي “داعش” فروا” أمس");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.TextUtf8(doc.quotes[0].inner), "أن إرهابيي “داعش” فروا");
}

TEST(Quotes, EveryKindOfMark) {
  for (const char* text : {"قال «نعم» أمس", "قال \"نعم\" أمس", "قال „نعم“ أمس", "قال “نعم” أمس"}) {
    Document doc = TextLayer(text);
    ASSERT_EQ(doc.quotes.size(), 1u) << text;
    EXPECT_EQ(doc.TextUtf8(doc.quotes[0].inner), "نعم") << text;
  }
}

TEST(Quotes, UnclosedQuoteEndsAtItsParagraph) {
  Document doc = TextLayer("قال “نعم ولا\nفقرة ثانية");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_TRUE(doc.quotes[0].close.empty());
  EXPECT_EQ(doc.TextUtf8(doc.quotes[0].inner), "نعم ولا");
  EXPECT_EQ(doc.tokens.back().quote, 0u);
}

std::vector<std::string> QuoteTexts(const Document& doc) {
  std::vector<std::string> inner;
  for (const Quote& q : doc.quotes) inner.push_back(doc.TextUtf8(q.inner));
  return inner;
}

// A straight mark that lost its closing mark, with quoted names after it in
// its paragraph: its quote ends with its first sentence, and the quotes after
// it pair among themselves; with no sentence end in its paragraph, the lone
// mark quotes nothing.
TEST(Quotes, QuoteThatLostItsClosingMarkEndsWithItsSentence) {
  Document doc = TextLayer(
      "كشف مسؤول لفرانس برس \"عن تواصل بين الطرفين. وأفادت شبكة \"سوريا مباشر\" بسقوط قتلى. "
      "وقال ضابط \"لم يعد لداعش أي تواجد هنا\".");
  EXPECT_EQ(QuoteTexts(doc), (std::vector<std::string>{"عن تواصل بين الطرفين.", "سوريا مباشر",
                                                       "لم يعد لداعش أي تواجد هنا"}));
  EXPECT_TRUE(doc.quotes[0].close.empty());
  doc = TextLayer("كشف مسؤول \"عن تواصل وأفادت شبكة \"سوريا مباشر\" بسقوط قتلى");
  EXPECT_EQ(QuoteTexts(doc), (std::vector<std::string>{"سوريا مباشر"}));
  // (Its first sentence may hold quoted names of its own.)
  doc = TextLayer(
      "واكد الوزير \"جاهزية المدارس مع برنامج \"فطن\" الخاص بالطلاب. واضاف المدير \"نعم\".");
  EXPECT_EQ(QuoteTexts(doc),
            (std::vector<std::string>{"جاهزية المدارس مع برنامج \"فطن\" الخاص بالطلاب.", "نعم"}));
  // A real nesting, closed before the paragraph ends, stays one quotation.
  doc = TextLayer("قال \"إن حزب \"الأمة\" سيشارك\" أمس");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.TextUtf8(doc.quotes[0].inner), "إن حزب \"الأمة\" سيشارك");
}

// An angle quote that lost its closing mark, with a new quote opened after a
// colon inside it (articles 2,001-10,000: snn-alyaum-6094): it ends with its
// first sentence, and the quotes after it pair among themselves. A quote
// after a colon inside a quote that closes stays nested.
TEST(Quotes, QuoteAfterAColonInsideAnUnclosedQuoteStartsAfresh) {
  Document doc = TextLayer(
      "وأضاف: «ثبت ضلوعها في الأحداث. واستطرد بقوله: «أيضا تمكين إيران». وأضاف: «خلال الأشهر "
      "القادمة ستقبض عليهم».");
  EXPECT_EQ(QuoteTexts(doc), (std::vector<std::string>{"ثبت ضلوعها في الأحداث.", "أيضا تمكين إيران",
                                                       "خلال الأشهر القادمة ستقبض عليهم"}));
  doc = TextLayer("وقال: «قلت له: «اذهب» فذهب». وغادر.");
  EXPECT_EQ(QuoteTexts(doc), (std::vector<std::string>{"قلت له: «اذهب» فذهب"}));
}

// Hundreds of lone opening marks on one line: the rereading is capped.
TEST(Quotes, ManyLoneMarksStayLinear) {
  std::string text;
  for (int k = 0; k < 20000; ++k) text += "قال \"نعم ";
  Document doc = TextLayer(text);
  EXPECT_FALSE(doc.quotes.empty());
}

}  // namespace
}  // namespace isnad
