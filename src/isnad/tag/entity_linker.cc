#include "isnad/tag/entity_linker.h"

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "isnad/attrib/source_kind.h"
#include "isnad/tag/word_classes.h"
#include "isnad/text/chars.h"
#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"

namespace isnad {
namespace {

// EntityMention::type values (EntityType order).
constexpr int kPer = static_cast<int>(EntityType::kPer);
constexpr int kLoc = static_cast<int>(EntityType::kLoc);
constexpr int kOrg = static_cast<int>(EntityType::kOrg);
constexpr int kMisc = static_cast<int>(EntityType::kMisc);

// Head nouns of titles that stand before a person's name (normalized, no
// article).
const std::unordered_set<std::string_view> kTitleHeads = {
    "وزير", "وزيرة", "رئيس", "رئيسة", "نائب", "متحدث", "ناطق", "سفير", "مندوب", "ملك",
    "امير", "امين", "مدير", "مديرة", "قائد", "زعيم", "مبعوث", "محافظ", "مستشار", "مفتي",
    "قاضي", "شيخ", "ولي", "المتحدثة", "متحدثة", "مساعد", "منسق", "سكرتير", "مفوض", "عاهل"};

// Head nouns of organisation names that a definite back-reference repeats.
const std::unordered_set<std::string_view> kOrgHeads = {
    "وزارة", "حركة", "منظمة", "هيئة", "لجنة", "مجلس", "جيش", "حزب", "جبهة", "شركة",
    "وكالة", "جماعة", "حكومة", "تحالف", "اتحاد", "جامعة", "محكمة", "مؤسسة", "صندوق", "بنك",
    "تنظيم", "سفارة", "قوات", "رئاسة", "مفوضية", "نقابة", "جمعية", "مركز", "مصرف"};

// Generic heads that a name may carry or drop, for the same body or place
// (تنظيم القاعدة = القاعدة، حركة الشباب = الشباب، ولاية تكساس = تكساس):
// organisation heads (kOrg) and place heads (kLoc), normalized, no
// article. Not جامعة، سفارة، وزارة …: جامعة القاهرة is no name of القاهرة.
int GenericHeadType(std::string_view key) {
  static const std::unordered_set<std::string_view> org = {
      "منظمة", "تنظيم", "حركة", "جبهة", "حزب", "جماعة", "شركة", "مجموعة", "صحيفة", "وكالة",
      "قناة", "مجلة", "نادي", "فريق", "منتخب", "بنك", "مصرف", "ميليشيا", "ائتلاف"};
  static const std::unordered_set<std::string_view> place = {
      "مدينة", "ولاية", "محافظة", "اقليم", "نهر", "جبل", "بحيرة", "جزيرة", "بلدة", "قرية",
      "مقاطعة", "دولة", "امارة", "منطقة"};
  if (org.count(key)) return kOrg;
  if (place.count(key)) return kLoc;
  return -1;
}

// Names of one state that news uses for each other (the capital for the
// government): the keys (KeyWord of each word, joined) of واشنطن، أمريكا،
// الولايات المتحدة (الأمريكية). A mention with one of these names that
// matches no earlier entity joins the entity of another.
const std::vector<std::string>& StateAliases() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> out;
    for (std::u32string_view name : {std::u32string_view(U"واشنطن"), std::u32string_view(U"أمريكا"),
                                     std::u32string_view(U"أميركا"),
                                     std::u32string_view(U"الولايات المتحدة"),
                                     std::u32string_view(U"الولايات المتحدة الأمريكية"),
                                     std::u32string_view(U"الولايات المتحدة الأميركية")}) {
      std::string key;
      size_t start = 0;
      while (start < name.size()) {
        size_t end = name.find(U' ', start);
        if (end == std::u32string_view::npos) end = name.size();
        std::string w;
        AppendNormalized(name.substr(start, end - start), NormalizeOptions{}, &w);
        key += std::string(StripArticle(w)) + " ";
        start = end + 1;
      }
      out.push_back(key);
    }
    return out;
  }();
  return keys;
}

// Letters of a word's form, read as two-byte Arabic characters; the
// diacritics U+064B..U+0652 (D9 8B .. D9 92 in UTF-8) are not counted.
size_t FormLetters(std::string_view f) {
  size_t letters = 0;
  for (size_t i = 0; i + 1 < f.size(); i += 2) {
    unsigned c = (static_cast<unsigned char>(f[i]) << 8) | static_cast<unsigned char>(f[i + 1]);
    if (!(c >= 0xD98B && c <= 0xD992)) ++letters;
  }
  return letters;
}

// Whether a word's form (as written) begins with the article.
bool FormHasArticle(std::string_view f) { return f.substr(0, 4) == "ال" || f.substr(0, 4) == "ٱل"; }

// A word the segmenter reads as a function word or a determiner: never a
// name, nor what is left of one.
bool IsNoNameWord(Upos u) { return IsFunctionWord(u) || u == Upos::DET; }

// Leading one-letter clitics of token `t` in the words layer. The
// conjunctions و ف count, but not before a last word without the article
// that has one or two letters (و), or any (ف); the prepositions ب ل ك and
// the future س count only before the article (بالولايات، للولايات). The
// segmenter also splits names that begin with these letters (لافروف → ل
// افروف، فورد → ف ورد، وود → و ود، فان بيرسي → ف ان); NameStarts cuts ف ب ل
// ك before such a word only on evidence that the rest is the name.
uint32_t PrefixClitics(const Document& doc, const Token& t) {
  uint32_t k = 0;
  for (; k + 1 < t.word_count; ++k) {
    std::string_view f = doc.Form(doc.words[t.first_word + k]);
    // One Arabic letter (two bytes), possibly with diacritics (two bytes each).
    if (f.size() < 2 || f.size() % 2 != 0) break;
    std::string_view letter = f.substr(0, 2);
    if (letter != "و" && letter != "ف" && letter != "ب" && letter != "ل" && letter != "ك" &&
        letter != "س")
      break;
    if (FormLetters(f.substr(2)) != 0) break;  // only diacritics after the letter
    std::string_view next = doc.Form(doc.words[t.first_word + k + 1]);
    const bool article = FormHasArticle(next);
    // Only before the token's last word: و ب and ف ب are clitics before a name.
    const bool before_last = k + 2 == t.word_count;
    if (letter == "و" || letter == "ف") {
      if (!article && before_last && (letter == "ف" || FormLetters(next) <= 2)) break;
    } else if (!article || letter == "ل") {
      // ل + ال is written لل: the article's alif is not in the text, so the
      // clitic cannot be cut off without cutting the name.
      break;
    }
  }
  return k;
}

// The letters of token `t` as the word classes key them (NerLetter), from
// its letter `skip` on.
std::u32string_view NameLetters(const Document& doc, const Token& t, uint32_t skip,
                                std::u32string* buf) {
  buf->clear();
  uint32_t seen = 0;
  for (char32_t c : doc.Text(t.span)) {
    const char32_t l = NerLetter(c);
    if (l != 0 && seen++ >= skip) buf->push_back(l);
  }
  return *buf;
}

uint64_t NormKey(std::string_view norm) { return std::hash<std::string_view>{}(norm); }

// Where the name in a token starts: `words` leading words of the
// segmentation are clitics (و in وموسكو), and `letters` leading letters of
// the text are not the name (as many as the clitic words, or the و ب ف ك of a
// clitic + article the segmenter left whole, والبرازيل). The two differ for
// ل + the article, written لل (وللأمم: و ل الأمم): the ل is a clitic word, but
// its letter stays in the span, as the article's has none to cut. With
// `words` 0 and `letters` above 0, the name is the token's letters after
// `letters` (لطهران).
struct NameStart {
  uint8_t words = 0;
  uint8_t letters = 0;
};

// The NameStart of every token of `doc`. The clitic words are those of
// PrefixClitics, and one more ف ب ل ك that the segmenter split off before a
// word without the article when the rest of the token (at least 3 letters)
// is a word of its own elsewhere in the document (لداعش … داعش), or is one of
// the frequent words of news (`vocabulary`, the word classes' words) while
// the whole token is not (بموسكو). Names that begin with these letters
// (لندن، بوش، بريطانيا) fail both, as their rest is no word. The frequent
// word is weaker evidence, as foreign names are often another name or a word
// behind a first letter (بريان، بروان، كلايف، كروتانا): it cuts ل (لهنري
// جورج: "by"), and ب ف only off a place or organisation (بزيوريخ), not off a
// person or other name (`mention_types`: the type of the mention over each
// token, -1 outside one). An unsplit و ب ف ك + ال is not the name only where
// the rest (4 letters or more) is a word of the document: والبرازيل …
// البرازيل, but not كاليفورنيا, nor فاليري beside the verb يري. Needs the
// words layer.
std::vector<NameStart> NameStarts(const Document& doc, const WordClasses* vocabulary,
                                  const std::vector<int8_t>& mention_types) {
  const size_t n = doc.tokens.size();
  std::vector<NameStart> starts(n);
  // Tokens that may have one more clitic word, an unsplit clitic + ال, or an
  // unsplit ب ل before a word without the article (لطهران).
  thread_local std::vector<uint32_t> maybe_word, maybe_article, maybe_letter, lam_article;
  // The NormKeys of the document's words without their clitics, with and
  // without the article (sorted).
  thread_local std::vector<uint64_t> doc_words;
  maybe_word.clear();
  maybe_article.clear();
  maybe_letter.clear();
  lam_article.clear();
  doc_words.clear();
  for (size_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[i];
    if (t.kind != TokenKind::kWord) continue;
    std::string_view norm = doc.Norm(t);
    // The token as a word of the document: without its clitics, and without
    // a و ف that PrefixClitics left on before a function word (ولا is و +
    // لا); one before another word may be the name's (فورد), and is no
    // evidence that the rest is a word.
    std::string_view doc_word;
    uint32_t k = 0;
    if (t.word_count > 1) {
      k = PrefixClitics(doc, t);
      starts[i].words = starts[i].letters = static_cast<uint8_t>(k);
      norm.remove_prefix(std::min<size_t>(2 * k, norm.size()));  // one Arabic letter each
      if (k + 1 < t.word_count) {
        std::string_view f = doc.Form(doc.words[t.first_word + k]);
        const bool article = FormHasArticle(doc.Form(doc.words[t.first_word + k + 1]));
        // (و here: one that PrefixClitics left, before one or two letters.)
        if ((f == "ب" || f == "ل" || f == "ك" || f == "ف" || f == "و") && !article)
          maybe_word.push_back(static_cast<uint32_t>(i));
        else if (f == "ل" && article)
          lam_article.push_back(static_cast<uint32_t>(i));
        if ((f == "و" || f == "ف") && !article && norm.size() > 2 &&
            IsNoNameWord(doc.words[t.first_word + k + 1].upos))
          doc_word = norm.substr(2);
      }
    }
    if (doc_word.empty()) doc_word = norm;
    if (k == 0 && norm.size() > 10 && norm.compare(2, 4, "ال") == 0 &&
        StripArticle(norm).size() + 6 == norm.size())
      maybe_article.push_back(static_cast<uint32_t>(i));
    else if (k == 0 && norm.size() >= 8 && norm.compare(2, 4, "ال") != 0 &&
             (t.word_count == 0 || doc.Form(doc.words[t.first_word]).size() > 2)) {
      const std::string_view letter = norm.substr(0, 2);
      // Not و ف ك: the segmenter seldom leaves a conjunction on, and their
      // rests are often words (فيصل: يصل، كمال: مال، وادي: ادي).
      if (letter == "ب" || letter == "ل") maybe_letter.push_back(static_cast<uint32_t>(i));
    }
    // The word as written and without the article: ألبانيا is البانيا once
    // normalized, which is also بانيا without "the article".
    doc_words.push_back(NormKey(doc_word));
    if (doc_word.size() > 6 && doc_word.compare(0, 4, "ال") == 0)
      doc_words.push_back(NormKey(doc_word.substr(4)));
  }
  std::sort(doc_words.begin(), doc_words.end());
  auto in_document = [&](std::string_view w) {
    return std::binary_search(doc_words.begin(), doc_words.end(), NormKey(w));
  };
  // Whether the letters of token `i` after its first `skip` (the last of
  // them the preposition `letter`) are the name: a word of the document, or
  // (weaker evidence, so ل and a place's or organisation's ب only) a frequent
  // word of news while the token with the preposition is not.
  thread_local std::u32string rest, whole;
  auto rest_is_name = [&](uint32_t i, uint32_t skip, std::string_view letter) {
    const Token& t = doc.tokens[i];
    if (in_document(doc.Norm(t).substr(2 * skip))) return true;
    const int type = mention_types[i];
    const bool weak_evidence_enough =
        letter == "ل" || ((letter == "ب" || letter == "ف") && type != kPer && type != kMisc);
    if (vocabulary == nullptr || !weak_evidence_enough) return false;
    std::u32string_view r = NameLetters(doc, t, skip, &rest);
    // No name begins with لل, so ل + لبنان is ل + a name whatever the
    // frequency of للبنان.
    return vocabulary->Find(r) != 0 &&
           ((letter == "ل" && !r.empty() && r[0] == U'ل') ||
            vocabulary->Find(NameLetters(doc, t, skip - 1, &whole)) == 0);
  };
  for (uint32_t i : maybe_word) {
    const Token& t = doc.tokens[i];
    NameStart& st = starts[i];
    const std::string_view letter = doc.Form(doc.words[t.first_word + st.words]);
    if (doc.Norm(t).size() < 2 * (st.words + 1u) + 6) {
      // A rest of one or two letters (وعز، فعز; but وود، فطن) is the name
      // only after و ف, where the document has it as a word, and where it is
      // no function word: فان، فإن are ف + ان to the segmenter ("so that").
      if ((letter == "و" || letter == "ف") &&
          !IsNoNameWord(doc.words[t.first_word + st.words + 1].upos) &&
          in_document(doc.Norm(t).substr(2 * (st.words + 1u))))
        ++st.words, ++st.letters;
      continue;
    }
    if (rest_is_name(i, st.words + 1u, letter)) ++st.words, ++st.letters;
  }
  for (uint32_t i : maybe_article) {
    std::string_view rest_of = StripArticle(doc.Norm(doc.tokens[i]));
    if (rest_of.size() >= 8 && in_document(rest_of)) starts[i].letters = 1;
  }
  // لل: the segmenter reads ل + the article (للأمم: ل الأمم), and so also a
  // name that begins with ل (للندن: ل الندن، لليبيا). Where the document or
  // the frequent words know the name with ل (لندن) and the frequent words do
  // not know it with the article (الندن), the ل is cut and the name is the
  // rest; otherwise the article's word is the name's (its key, definiteness
  // and UPOS).
  thread_local std::u32string with_article;
  for (uint32_t i : lam_article) {
    const Token& t = doc.tokens[i];
    NameStart& st = starts[i];
    const uint32_t skip = st.words + 1u;
    if (doc.Norm(t).size() < 2 * skip + 6) continue;
    bool lam_name = false;
    if (vocabulary != nullptr) {
      std::u32string_view r = NameLetters(doc, t, skip, &rest);
      with_article.assign(U"ا");
      with_article.append(r);
      lam_name = (vocabulary->Find(r) != 0 || in_document(doc.Norm(t).substr(2 * skip))) &&
                 vocabulary->Find(with_article) == 0;
    }
    if (lam_name) st.words = 0, st.letters = static_cast<uint8_t>(skip);
    else st.words = static_cast<uint8_t>(skip);
  }
  // The segmenter left the preposition on (لطهران … طهران): only the
  // document's own words are evidence enough here, as the segmenter judged the
  // letter part of the word (لينسي، لويد would lose theirs by the frequent
  // words).
  for (uint32_t i : maybe_letter)
    if (in_document(doc.Norm(doc.tokens[i]).substr(2))) starts[i].letters = 1;
  return starts;
}

// A document read for names: where the name starts in each token
// (NameStarts), and what a token says as a word of a name through it.
class DocumentNames {
 public:
  // `mention_types`: the type of the mention over each token (-1: none).
  DocumentNames(const Document& doc, const WordClasses* vocabulary,
                const std::vector<int8_t>& mention_types)
      : doc_(doc),
        segmented_(!doc.words.empty()),
        starts_(segmented_ ? NameStarts(doc, vocabulary, mention_types)
                           : std::vector<NameStart>(doc.tokens.size())) {}

  // The word of token `ti` that names, normalized, without its clitics and
  // article. Without the words layer StripArticle guesses the clitics +
  // article.
  std::string KeyWord(uint32_t ti) const {
    const Token& t = doc_.tokens[ti];
    const NameStart start = starts_[ti];
    std::string out;
    if (start.words > 0) {
      thread_local std::u32string cps;
      cps.clear();
      ForEachCodePoint(doc_.Form(doc_.words[t.first_word + start.words]),
                       [&](char32_t c) { cps.push_back(c); });
      AppendNormalized(cps, NormalizeOptions{}, &out);
      if (out.size() > 6 && out.compare(0, 4, "ال") == 0) out.erase(0, 4);
      return out;
    }
    std::string_view norm = doc_.Norm(t);
    // Letters that are not the name (والبرازيل، لطهران، وللندن), then the
    // article.
    if (start.letters > 0) {
      std::string_view rest = norm.substr(std::min<size_t>(2 * start.letters, norm.size()));
      if (rest.size() > 6 && rest.compare(0, 4, "ال") == 0) rest.remove_prefix(4);
      return std::string(rest);
    }
    std::string_view stripped = StripArticle(norm);
    // An unsplit و ب ف ك + ال that NameStarts did not find to be clitics.
    if (segmented_ && stripped.size() + 6 == norm.size())
      return std::string(norm);
    return std::string(stripped);
  }

  // Whether token `ti` carries the article (after its clitics).
  bool IsDefinite(uint32_t ti) const {
    const Token& t = doc_.tokens[ti];
    if (starts_[ti].words > 0) {
      return FormHasArticle(doc_.Form(doc_.words[t.first_word + starts_[ti].words]));
    }
    std::string_view n = doc_.Norm(t);
    return n.substr(0, 4) == "ال" || n.substr(0, 4) == "لل";
  }

  // Whether the stem of token `ti` is a word that cannot be inside a title
  // (a verb, a conjunction, a pronoun, ...), judged from its UPOS.
  bool BreaksTitle(uint32_t ti) const {
    const Token& t = doc_.tokens[ti];
    if (!IsWord(t)) return true;
    if (t.word_count == 0) return false;
    const Upos u = doc_.words[t.first_word + starts_[ti].words].upos;
    return IsVerbOrFunctionWord(u) || u == Upos::NUM;
  }

  // Whether token `ti` begins with a clitic word (و، ل …): a new phrase.
  bool HasClitic(uint32_t ti) const { return starts_[ti].words > 0; }

  // The span of tokens [first, end) without the letters of the first token
  // that are not the name (its clitics; the diacritics after a letter go
  // with it).
  Span MentionSpan(uint32_t first, uint32_t end) const {
    Span s{doc_.tokens[first].span.start, doc_.tokens[end - 1].span.end};
    const Token& t = doc_.tokens[first];
    uint32_t pos = t.span.start;
    for (uint32_t k = starts_[first].letters; k > 0 && pos < t.span.end; --k) {
      ++pos;  // the clitic's letter
      while (pos < t.span.end && (IsArabicDiacritic(doc_.cps[pos]) || IsTatweel(doc_.cps[pos])))
        ++pos;
    }
    if (pos < t.span.end) s.start = pos;
    return s;
  }

 private:
  const Document& doc_;
  const bool segmented_;
  const std::vector<NameStart> starts_;
};

struct Work {
  int votes[4] = {0, 0, 0, 0};
  int first_type = 0;
  std::vector<Span> mentions;
  Span name;  // the longest name (titles aside)
  std::string head;  // key word of the first name word (for back-references)
  std::unordered_set<std::string> title_heads;
};

// The latest mention start before `pos`, or -1.
long LastBefore(const Work& w, uint32_t pos) {
  long best = -1;
  for (const Span& s : w.mentions)
    if (s.start < pos) best = std::max<long>(best, s.start);
  return best;
}

// The name of an entity whose longest mention is `span`. A mention that
// begins with ل + the article is written لل (للأمم المتحدة): the span cannot
// leave the ل out, so the name puts the article's alif back (الأمم المتحدة).
std::string EntityName(const Document& doc, Span span) {
  std::u32string_view text = doc.Text(span);
  const size_t first_word = std::min(text.find(U' '), text.size());
  if (first_word >= 4 && text.substr(0, 2) == U"لل") {
    std::string name = "ا";
    name += doc.TextUtf8(Span{span.start + 1, span.end});
    return name;
  }
  return doc.TextUtf8(span);
}

}  // namespace

void LinkEntities(const std::vector<EntityMention>& mentions, Document* doc,
                  const WordClasses* vocabulary) {
  doc->entities.clear();
  const uint32_t n = static_cast<uint32_t>(doc->tokens.size());
  std::vector<int8_t> mention_types(n, -1);
  for (const EntityMention& m : mentions) {
    if (m.end_token <= m.first_token || m.end_token > n) continue;
    for (uint32_t i = m.first_token; i < m.end_token; ++i) mention_types[i] = static_cast<int8_t>(m.type);
  }
  const DocumentNames names(*doc, vocabulary, mention_types);
  std::vector<Work> work;
  std::vector<uint8_t> covered(n, 0);
  for (uint32_t i = 0; i < n; ++i) covered[i] = mention_types[i] >= 0;
  // by_bare: the names of entities seen with a generic head, without it.
  std::unordered_map<std::string, int> by_joined, by_surname, by_prefix, by_title, by_bare;
  for (const EntityMention& m : mentions) {
    if (m.end_token <= m.first_token || m.end_token > n) continue;
    std::vector<std::string> words;
    for (uint32_t i = m.first_token; i < m.end_token; ++i)
      if (IsWord(doc->tokens[i])) words.push_back(names.KeyWord(i));
    std::string joined;
    for (const std::string& w : words) joined += w + " ";
    const int type = m.type;
    int match = -1;
    if (auto it = by_joined.find(joined); it != by_joined.end()) match = it->second;
    if (match < 0 && type == kPer && !words.empty() && words.back().size() > 4)
      if (auto it = by_surname.find(words.back()); it != by_surname.end()) match = it->second;
    if (match < 0 && type != kPer && words.size() >= 2) {
      if (auto it = by_prefix.find(joined); it != by_prefix.end()) match = it->second;
      std::string pre;
      for (size_t k = 0; match < 0 && k + 1 < words.size(); ++k) {
        pre += words[k] + " ";
        if (k >= 1)
          if (auto it = by_joined.find(pre); it != by_joined.end() && it->second >= 0 &&
                                             work[it->second].first_type != kPer)
            match = it->second;
      }
    }
    // A generic head (تنظيم القاعدة) and the bare name (القاعدة), either
    // first, of the same type.
    std::string bare;
    if (type != kPer && words.size() >= 2 && GenericHeadType(words[0]) == type)
      bare = joined.substr(words[0].size() + 1);
    if (match < 0 && !bare.empty())
      if (auto it = by_joined.find(bare); it != by_joined.end() && work[it->second].first_type == type)
        match = it->second;
    if (match < 0 && type != kPer)
      if (auto it = by_bare.find(joined); it != by_bare.end() && work[it->second].first_type == type)
        match = it->second;
    if (match < 0 && type != kPer) {
      const auto& aliases = StateAliases();
      if (std::find(aliases.begin(), aliases.end(), joined) != aliases.end())
        for (const std::string& a : aliases)
          if (auto it = by_joined.find(a); it != by_joined.end() && work[it->second].first_type != kPer)
            match = it->second;
    }
    if (match < 0) {
      work.emplace_back();
      match = static_cast<int>(work.size()) - 1;
      work[match].first_type = type;
      work[match].head = words.empty() ? std::string() : words.front();
    }
    Work& w = work[match];
    // القاعدة … تنظيم القاعدة: the generic head is the one back-references
    // (التنظيم) repeat.
    if (!bare.empty() && !kOrgHeads.count(w.head)) w.head = words[0];
    ++w.votes[std::clamp(type, kPer, kMisc)];
    Span name = names.MentionSpan(m.first_token, m.end_token);
    if (name.size() > w.name.size()) w.name = name;
    by_joined[joined] = match;
    if (!bare.empty()) by_bare[bare] = match;
    if (type == kPer && !words.empty() && words.back().size() > 4) by_surname[words.back()] = match;
    if (type != kPer && words.size() >= 2) {
      std::string pre;
      for (size_t k = 0; k + 1 < words.size(); ++k) {
        pre += words[k] + " ";
        if (k >= 1) by_prefix[pre] = match;
      }
    }
    Span mention = name;
    if (type == kPer) {
      // A title right before the name: وزير الخارجية الروسي سيرغي لافروف.
      long title = -1;
      for (long j = static_cast<long>(m.first_token) - 1;
           j >= 0 && j >= static_cast<long>(m.first_token) - 6; --j) {
        const uint32_t jj = static_cast<uint32_t>(j);
        if (covered[jj] || names.BreaksTitle(jj)) break;
        const std::string kw = names.KeyWord(jj);
        if (kTitleHeads.count(kw)) title = j;
        if (names.HasClitic(jj)) break;  // a clitic (و، ل …) starts a new phrase
      }
      if (title >= 0) {
        const uint32_t tf = static_cast<uint32_t>(title);
        std::string key;
        for (uint32_t j = tf; j < m.first_token; ++j) {
          key += names.KeyWord(j) + " ";
          covered[j] = 1;
        }
        by_title[key] = match;
        w.title_heads.insert(names.KeyWord(tf));
        mention.start = names.MentionSpan(tf, m.first_token).start;
      }
    }
    w.mentions.push_back(mention);
  }
  // Titles on their own and one-word definite back-references.
  for (uint32_t j = 0; j < n; ++j) {
    if (covered[j] || !IsWord(doc->tokens[j])) continue;
    const std::string kw = names.KeyWord(j);
    const bool title_head = kTitleHeads.count(kw) > 0;
    const bool org_head = kOrgHeads.count(kw) > 0;
    if (!title_head && !org_head) continue;
    // The longest title phrase from j that names a person seen with it.
    int match = -1;
    uint32_t match_end = j + 1;
    if (title_head) {
      // A title on its own refers back only when definite: by the article or
      // by a definite word after it (الرئيس، رئيس الوزراء), not رئيس أميركي.
      std::string key;
      bool definite = false;
      for (uint32_t e = j; e < n && e < j + 5; ++e) {
        if (covered[e] || (e > j && names.BreaksTitle(e))) break;
        if (e > j && names.HasClitic(e)) break;
        key += names.KeyWord(e) + " ";
        definite = definite || names.IsDefinite(e);
        if (auto it = by_title.find(key); definite && it != by_title.end()) {
          match = it->second;
          match_end = e + 1;
        }
      }
    }
    if (match < 0 && names.IsDefinite(j)) {
      // الوزير، الرئيس → the latest person with that title; الوزارة → the
      // latest entity whose name begins with وزارة.
      long best = -1;
      for (size_t e = 0; e < work.size(); ++e) {
        const Work& w = work[e];
        const bool fits = title_head ? w.title_heads.count(kw) > 0 : w.head == kw;
        if (!fits) continue;
        long last = LastBefore(w, doc->tokens[j].span.start);
        if (last > best) best = last, match = static_cast<int>(e);
      }
    }
    if (match < 0) continue;
    Span s = names.MentionSpan(j, match_end);
    work[match].mentions.push_back(s);
    for (uint32_t e = j; e < match_end; ++e) covered[e] = 1;
    j = match_end - 1;
  }
  // Entities in order of first mention.
  for (Work& w : work)
    std::sort(w.mentions.begin(), w.mentions.end(),
              [](const Span& a, const Span& b) { return a.start < b.start; });
  std::vector<size_t> order(work.size());
  for (size_t e = 0; e < order.size(); ++e) order[e] = e;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return work[a].mentions.front().start < work[b].mentions.front().start;
  });
  doc->entities.reserve(work.size());
  for (size_t e : order) {
    const Work& w = work[e];
    Entity ent;
    ent.id = "E" + std::to_string(doc->entities.size() + 1);
    int type = w.first_type;
    for (int t = 0; t < 4; ++t)
      if (w.votes[t] > w.votes[type]) type = t;
    ent.type = static_cast<EntityType>(type);
    ent.name = EntityName(*doc, w.name);
    ent.mentions = w.mentions;
    doc->entities.push_back(std::move(ent));
  }
}

}  // namespace isnad
