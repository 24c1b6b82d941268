// Clitic segmentation and POS tagging (src/isnad/tag/) on real news
// sentences, with the committed model (models/segpos/segpos.bin); the tests
// that need it skip when it is absent.
#include <gtest/gtest.h>

#include <thread>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <unistd.h>

#include "isnad/analyzer.h"
#include "isnad/tag/conllu.h"
#include "isnad/tag/linear_model.h"
#include "isnad/tag/segpos_eval.h"
#include "isnad/tag/word_tagger.h"
#include "isnad/text/normalize.h"
#include "isnad/tokenize/tokenizer.h"
#include "test_util.h"

namespace isnad {
namespace {

// A temporary path of this test process (ctest runs tests in parallel).
std::filesystem::path TempPath(const std::string& name) {
  return std::filesystem::temp_directory_path() / (name + "-" + std::to_string(getpid()));
}

using Strings = std::vector<std::string>;

const Analyzer* SharedAnalyzer() {
  static std::unique_ptr<Analyzer> analyzer = [] {
    AnalyzerOptions opt;
    opt.attributions = false;
    std::unique_ptr<Analyzer> a;
    Status st = Analyzer::Create(opt, &a);
    if (!st.ok()) throw std::runtime_error(st.message());
    return a;
  }();
  return analyzer.get();
}

#define REQUIRE_MODEL()                     \
  if (!SharedAnalyzer()->has_word_tagger()) \
  GTEST_SKIP() << "no segpos model in " << ResolveModelsDir({})

Document Analyze(const std::string& text) {
  Document doc = test::MakeDocument(text);
  SharedAnalyzer()->Analyze(&doc);
  return doc;
}

// The words of the token whose text is `token`.
Strings WordsOf(const Document& doc, const std::string& token) {
  for (const Token& t : doc.tokens) {
    if (doc.TextUtf8(t.span) != token) continue;
    Strings out;
    for (uint32_t k = 0; k < t.word_count; ++k)
      out.emplace_back(doc.Form(doc.words[t.first_word + k]));
    return out;
  }
  return {"<no token " + token + ">"};
}

Strings UposOf(const Document& doc, const std::string& token) {
  for (const Token& t : doc.tokens) {
    if (doc.TextUtf8(t.span) != token) continue;
    Strings out;
    for (uint32_t k = 0; k < t.word_count; ++k)
      out.emplace_back(UposName(doc.words[t.first_word + k].upos));
    return out;
  }
  return {"<no token " + token + ">"};
}

TEST(CliticSegmenter, ConjunctionPrepositionComplementizerPronoun) {
  REQUIRE_MODEL();
  Document doc = Analyze("وصرح المتحدث بأن الوزير أبلغ الصحفيين وبأنه سيزور دمشق الأسبوع المقبل.");
  EXPECT_EQ(WordsOf(doc, "وبأنه"), (Strings{"و", "ب", "أن", "ه"}));
  EXPECT_EQ(WordsOf(doc, "وصرح"), (Strings{"و", "صرح"}));
  EXPECT_EQ(WordsOf(doc, "الوزير"), (Strings{"الوزير"}));
  EXPECT_EQ(UposOf(doc, "وبأنه"), (Strings{"CCONJ", "ADP", "SCONJ", "PRON"}));
}

TEST(CliticSegmenter, RestoresTheArticleAfterLam) {
  REQUIRE_MODEL();
  Document doc = Analyze("رفضت الحكومة بيع الشركة الحكومية للأسلحة إلى المستثمرين الأجانب.");
  EXPECT_EQ(WordsOf(doc, "للأسلحة"), (Strings{"ل", "الأسلحة"}));
  EXPECT_EQ(UposOf(doc, "للأسلحة"), (Strings{"ADP", "NOUN"}));
}

TEST(CliticSegmenter, RestoresTaaMarbutaAndAlifMaqsura) {
  REQUIRE_MODEL();
  Document doc =
      Analyze("عاد الرئيس إلى مدينته بعد أن وجه إليه البرلمان دعوة رسمية لتحسين مستواه.");
  EXPECT_EQ(WordsOf(doc, "مدينته"), (Strings{"مدينة", "ه"}));
  EXPECT_EQ(WordsOf(doc, "مستواه"), (Strings{"مستوى", "ه"}));
  // PADT spells the preposition before a pronoun إلي (the evaluation folds
  // ى and ي together anyway).
  EXPECT_EQ(WordsOf(doc, "إليه"), (Strings{"إلي", "ه"}));
  EXPECT_EQ(WordsOf(doc, "إلى"), (Strings{"إلى"}));
}

TEST(CliticSegmenter, UnknownNamesStayWhole) {
  REQUIRE_MODEL();
  // Names the treebank never saw: the letter model must not peel a ب or و
  // off them, but still split the clitics of a known pattern.
  // Names that begin like a clitic stay whole when the news corpus knows
  // them better than what a split would leave (before the corpus counts,
  // لافروف came out ل + افروف and باليرمو ب + اليرمو).
  Document names = Analyze("التقى وزير الخارجية الروسي سيرغي لافروف نظيره في باليرمو.");
  EXPECT_EQ(WordsOf(names, "لافروف"), (Strings{"لافروف"}));
  EXPECT_EQ(WordsOf(names, "باليرمو"), (Strings{"باليرمو"}));
  EXPECT_EQ(WordsOf(names, "نظيره"), (Strings{"نظير", "ه"}));
  Document doc =
      Analyze("التقى الرئيس لوكاشينكو نظيره الأمريكي في جنيف وبحث معه ولاريجاني الأزمة.");
  EXPECT_EQ(WordsOf(doc, "لوكاشينكو"), (Strings{"لوكاشينكو"}));
  EXPECT_EQ(WordsOf(doc, "ولاريجاني"), (Strings{"و", "لاريجاني"}));
  EXPECT_EQ(WordsOf(doc, "جنيف"), (Strings{"جنيف"}));
  EXPECT_EQ(WordsOf(doc, "نظيره"), (Strings{"نظير", "ه"}));
  EXPECT_EQ(WordsOf(doc, "وبحث"), (Strings{"و", "بحث"}));
}

TEST(PosTagger, CommonWordsAndNonWordTokens) {
  REQUIRE_MODEL();
  Document doc = Analyze("قال الرئيس السوري في كلمة ألقاها أمس إن 15 جنديا قتلوا في الهجوم.");
  EXPECT_EQ(UposOf(doc, "قال"), (Strings{"VERB"}));
  EXPECT_EQ(UposOf(doc, "الرئيس"), (Strings{"NOUN"}));
  EXPECT_EQ(UposOf(doc, "السوري"), (Strings{"ADJ"}));
  EXPECT_EQ(UposOf(doc, "في"), (Strings{"ADP"}));
  EXPECT_EQ(UposOf(doc, "15"), (Strings{"NUM"}));
  EXPECT_EQ(UposOf(doc, "."), (Strings{"PUNCT"}));
  EXPECT_EQ(WordsOf(doc, "ألقاها"), (Strings{"ألقى", "ها"}));
  EXPECT_EQ(UposOf(doc, "ألقاها"), (Strings{"VERB", "PRON"}));
}

TEST(WordTagger, FillsTheWordsLayerForEveryToken) {
  REQUIRE_MODEL();
  Document doc = Analyze(
      "أعلنت وزارة الصحة، اليوم الثلاثاء، تسجيل 120 إصابة جديدة بفيروس كورونا (كوفيد-19) "
      "http://example.com");
  EXPECT_TRUE(doc.layers & kLayerWords);
  EXPECT_TRUE(doc.layers & kLayerUpos);
  uint32_t next = 0;
  for (const Token& t : doc.tokens) {
    ASSERT_GE(t.word_count, 1u) << doc.TextUtf8(t.span);
    EXPECT_EQ(t.first_word, next);  // words are contiguous, in token order
    next += t.word_count;
    for (uint32_t k = 0; k < t.word_count; ++k) {
      EXPECT_NE(doc.words[t.first_word + k].upos, Upos::kNone);
      EXPECT_FALSE(doc.Form(doc.words[t.first_word + k]).empty());
    }
  }
  EXPECT_EQ(next, doc.words.size());
  EXPECT_EQ(UposOf(doc, "http://example.com"), (Strings{"X"}));
  EXPECT_EQ(UposOf(doc, "،"), (Strings{"PUNCT"}));
}

// The per-thread token memo starts small and grows as a thread meets new
// tokens: after it has grown many times, tokens met before must still get
// their own words and tags (a wrong rehash would hand out another token's).
TEST(WordTagger, TokenMemoKeepsEveryTokenAcrossGrowth) {
  REQUIRE_MODEL();
  const Strings prefixes = {"", "و", "ف", "ب", "ل", "وب", "فل", "ول"};
  const Strings stems = {"كتاب", "مدينة", "وزير", "حكومة", "جيش", "قرار", "شعب", "رئيس", "مجلس", "اتفاق",
                         "تقرير", "مصدر", "بيان", "موقف", "حزب", "نظام", "سلاح", "طريق", "بلد", "عمل"};
  const Strings suffixes = {"", "ه", "ها", "هم", "نا", "كم"};
  std::string text;
  size_t distinct = 0;
  for (const std::string& p : prefixes)
    for (const std::string& st : stems)
      for (const std::string& su : suffixes) {
        text += p + st + su + " ";
        ++distinct;
      }
  ASSERT_GT(distinct, 900u);  // well past the memo's first table (1,024 slots at a load of 0.4)
  auto words_and_tags = [](const Document& doc) {
    Strings out;
    for (const Word& w : doc.words) out.push_back(std::string(doc.Form(w)) + "/" + UposName(w.upos));
    return out;
  };
  Strings first, again, fresh;
  std::thread([&] {  // a new thread: its memo starts empty
    first = words_and_tags(Analyze(text));
    again = words_and_tags(Analyze(text));  // every token now from the memo
  }).join();
  std::thread([&] { fresh = words_and_tags(Analyze(text)); }).join();
  ASSERT_GT(first.size(), distinct);
  EXPECT_EQ(again, first);
  EXPECT_EQ(fresh, first);
}

TEST(WordTagger, AbsentModelSkipsTheStage) {
  auto dir = TempPath("isnad-empty-models");  // exists, holds no model file
  std::filesystem::create_directories(dir);
  AnalyzerOptions opt;
  opt.models_dir = dir.string();
  std::unique_ptr<Analyzer> a;
  ASSERT_TRUE(Analyzer::Create(opt, &a).ok());
  EXPECT_FALSE(a->has_word_tagger());
  Document doc = test::MakeDocument("قال الوزير إن الاجتماع انتهى.");
  a->Analyze(&doc);
  EXPECT_FALSE(doc.layers & kLayerWords);
  EXPECT_FALSE(doc.tokens.empty());
  std::filesystem::remove_all(dir);
}

TEST(WordTagger, MissingModelsFolderIsAnErrorNamingIt) {
  AnalyzerOptions opt;
  opt.models_dir = (std::filesystem::temp_directory_path() / "isnad-no-models-here").string();
  std::unique_ptr<Analyzer> a;
  Status st = Analyzer::Create(opt, &a);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("isnad-no-models-here"), std::string::npos) << st.message();
  // Without any model stage the folder is not needed.
  opt.words = opt.entities = opt.persuasion = opt.checkworthiness = false;
  EXPECT_TRUE(Analyzer::Create(opt, &a).ok());
}

TEST(WordTagger, CorruptModelIsAnErrorNamingTheFile) {
  auto dir = TempPath("isnad-segpos-corrupt");
  std::filesystem::create_directories(dir / "segpos");
  std::ofstream(dir / "segpos" / "segpos.bin") << "ISNADMDL but then nothing sensible";
  AnalyzerOptions opt;
  opt.models_dir = dir.string();
  std::unique_ptr<Analyzer> a;
  Status st = Analyzer::Create(opt, &a);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("segpos.bin"), std::string::npos) << st.message();
  std::filesystem::remove_all(dir);
}

TEST(LinearModel, SurvivesTheModelFile) {
  PerceptronTrainer trainer(3);
  uint64_t a = FeatureHash(1).Add(std::string_view("a")).value();
  uint64_t b = FeatureHash(1).Add(std::string_view("b")).value();
  for (int i = 0; i < 20; ++i) {
    float s[3] = {0, 0, 0};
    trainer.Score(&a, 1, s);
    trainer.Update(&a, 1, 2, s[2] > s[0] && s[2] > s[1] ? 2 : 0);
    float t[3] = {0, 0, 0};
    trainer.Score(&b, 1, t);
    trainer.Update(&b, 1, 1, t[1] > t[0] && t[1] > t[2] ? 1 : 0);
  }
  LinearModel m = trainer.Finalize(0);
  ModelWriter w;
  w.SetHeader("kind", "test");
  m.Save("t", &w);
  std::string path = TempPath("isnad-linear-model.bin").string();
  ASSERT_TRUE(w.WriteFile(path).ok());
  ModelReader r;
  ASSERT_TRUE(r.Open(path).ok());
  EXPECT_EQ(r.Header("kind"), "test");
  LinearModel back;
  ASSERT_TRUE(back.Load("t", r).ok());
  int32_t sa[3] = {0, 0, 0}, sb[3] = {0, 0, 0};
  back.Score(&a, 1, sa);
  back.Score(&b, 1, sb);
  EXPECT_GT(sa[2], sa[0]);
  EXPECT_GT(sa[2], sa[1]);
  EXPECT_GT(sb[1], sb[0]);
  EXPECT_GT(sb[1], sb[2]);
  std::remove(path.c_str());
}

// The options of the trainer used by the POS tagger only: a step of 1
// (UpdateBy) is the perceptron's update, and the mean of identical trainers
// is their own model; the default Update stays as it was.
TEST(LinearModel, StepUpdatesAndTheMeanOfTrainers) {
  uint64_t f[2] = {FeatureHash(1).Add(std::string_view("a")).value(),
                   FeatureHash(1).Add(std::string_view("b")).value()};
  PerceptronTrainer plain(3), stepped(3), half(3);
  for (int i = 0; i < 10; ++i) {
    int gold = i % 3, guess = (i + 1) % 3;
    plain.Update(f, 2, gold, guess);
    stepped.UpdateBy(f, 2, gold, guess, 1.f);
    half.UpdateBy(f, 2, gold, guess, 0.5f);
  }
  auto scores = [&](const LinearModel& m, uint64_t x) {
    std::vector<int32_t> s(3, 0);
    m.Score(&x, 1, s.data());
    return s;
  };
  LinearModel a = plain.Finalize(0), b = stepped.Finalize(0), c = half.Finalize(0);
  const PerceptronTrainer* two[2] = {&plain, &stepped};
  LinearModel mean = PerceptronTrainer::FinalizeMean(two, 2, 0);
  for (uint64_t x : f) {
    EXPECT_EQ(scores(a, x), scores(b, x));
    EXPECT_EQ(scores(a, x), scores(mean, x));
    // Quantization scales to the largest weight: half steps, same model.
    EXPECT_EQ(scores(a, x), scores(c, x));
  }
}

TEST(Conllu, ReadsRangesAndNamesTheBadLine) {
  const std::string good =
      "# text = وبأنه قال\n"
      "1-4\tوبأنه\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "1\tو\t_\tCCONJ\t_\t_\t_\t_\t_\t_\n"
      "2\tب\t_\tADP\t_\t_\t_\t_\t_\t_\n"
      "3\tأن\t_\tSCONJ\t_\t_\t_\t_\t_\t_\n"
      "4\tه\t_\tPRON\t_\t_\t_\t_\t_\t_\n"
      "5\tقال\t_\tVERB\t_\t_\t_\t_\t_\t_\n\n";
  std::vector<ConlluSentence> s;
  ASSERT_TRUE(ParseConllu(good, "g.conllu", &s).ok());
  ASSERT_EQ(s.size(), 1u);
  ASSERT_EQ(s[0].tokens.size(), 2u);
  EXPECT_EQ(s[0].tokens[0].words.size(), 4u);
  EXPECT_EQ(s[0].tokens[1].words[0].upos, Upos::VERB);
  std::string bad = good;
  bad.replace(bad.find("VERB"), 4, "VERBAL");
  Status st = ParseConllu(bad, "g.conllu", &s);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("g.conllu:7"), std::string::npos) << st.message();
}

// The CoNLL 2018 measures on a hand-made system output (no model needed).
TEST(SegPosEval, AlignsWordsInsideMultiwordTokens) {
  std::vector<ConlluSentence> gold;
  ASSERT_TRUE(ParseConllu("# text = وبأنه قال\n"
                          "1-4\tوبأنه\t_\t_\t_\t_\t_\t_\t_\t_\n"
                          "1\tو\t_\tCCONJ\t_\t_\t_\t_\t_\t_\n"
                          "2\tب\t_\tADP\t_\t_\t_\t_\t_\t_\n"
                          "3\tأن\t_\tSCONJ\t_\t_\t_\t_\t_\t_\n"
                          "4\tه\t_\tPRON\t_\t_\t_\t_\t_\t_\n"
                          "5\tقال\t_\tVERB\t_\t_\t_\t_\t_\t_\n\n",
                          "g", &gold)
                  .ok());
  Document doc = test::MakeDocument("وبأنه قال");
  Tokenizer().Process(&doc);
  ASSERT_EQ(doc.tokens.size(), 2u);
  // System: و + بانه (one split missed; ا for أ is fine), قال as NOUN.
  auto add = [&](const char* form, Upos u) {
    doc.words.push_back({doc.AddToArena(form), (uint32_t)std::string_view(form).size(), u});
  };
  add("و", Upos::CCONJ);
  add("بانه", Upos::NOUN);
  add("قال", Upos::NOUN);
  doc.tokens[0].first_word = 0, doc.tokens[0].word_count = 2;
  doc.tokens[1].first_word = 2, doc.tokens[1].word_count = 1;
  doc.layers |= kLayerWords | kLayerUpos;
  SegPosScores s;
  ASSERT_TRUE(ScoreSentence(gold[0], doc, 0, 2, &s).ok());
  EXPECT_EQ(s.matched_tokens, 2u);
  EXPECT_EQ(s.gold_words, 5u);
  EXPECT_EQ(s.system_words, 3u);
  EXPECT_EQ(s.aligned_words, 2u);  // و and قال
  EXPECT_EQ(s.matched_upos, 1u);   // و only
  EXPECT_NEAR(s.WordsF1(), 200.0 * 2 / 8, 1e-9);
}

// The command line: CoNLL-U out, one sentence per input line.
std::string RunTag(const std::string& input, const std::string& flags) {
  auto in = TempPath("isnad-segpos-in.txt");
  std::ofstream(in) << input;
  std::string cmd = std::string(ISNAD_BINARY) + " tag --format conllu " + flags + " " + in.string();
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return "<popen failed>";
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  EXPECT_EQ(pclose(p), 0) << cmd;
  std::filesystem::remove(in);
  return out;
}

TEST(TagCommand, ConlluWithRangeLinesOneSentencePerLine) {
  REQUIRE_MODEL();
  std::string out = RunTag(
      "وأكد المتحدث وبأنه سيزور دمشق. ثم غادر\n"
      "\n"
      "قال الوزير إن 15 جنديا قتلوا.\n",
      "--sentence-per-line");
  std::istringstream lines(out);
  std::string line;
  int texts = 0, ranges = 0, words = 0;
  bool saw_wabi = false;
  while (std::getline(lines, line)) {
    if (line.rfind("# text", 0) == 0) {
      ++texts;
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    int tabs = 0;
    for (char c : line) tabs += c == '\t';
    EXPECT_EQ(tabs, 9) << line;
    std::string id = line.substr(0, line.find('\t'));
    if (id.find('-') != std::string::npos) {
      ++ranges;
      if (line.find("\tوبأنه\t") != std::string::npos) {
        saw_wabi = true;
        EXPECT_EQ(id.substr(id.find('-') + 1), std::to_string(std::stoi(id) + 3)) << line;
      }
    } else {
      ++words;
    }
  }
  EXPECT_EQ(texts, 3);  // three input lines, three sentences (the second empty)
  EXPECT_TRUE(saw_wabi) << out;
  EXPECT_GE(ranges, 2);
  EXPECT_GT(words, 15);
  EXPECT_NE(out.find("# text = وأكد المتحدث وبأنه سيزور دمشق. ثم غادر\n"), std::string::npos)
      << out;
}

}  // namespace
}  // namespace isnad
