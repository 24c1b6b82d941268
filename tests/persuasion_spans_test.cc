// Technique spans: the stem letter-gram features, the weak stem lexicon,
// hysteresis decoding, the span scorer against the official ArAIEval 2024
// task 1 scorer's rules, and training the tagger end to end
// (cross-validated thresholds, averaged fits, the weak lexicon) on a small
// synthetic span file.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "isnad/analyzer.h"
#include "isnad/eval/persuasion_eval.h"
#include "isnad/persuade/features.h"
#include "isnad/persuade/persuasion.h"
#include "isnad/persuade/stem_grams.h"
#include "isnad/persuade/training.h"
#include "isnad/persuade/weak_lexicon.h"
#include "test_util.h"

namespace isnad {
namespace {


std::vector<uint64_t> GramIds(const std::string& word) {
  const Document d = test::AnalyzeBeforePersuasion(word);
  FeatureVector f;
  for (uint32_t i = 0; i < d.tokens.size(); ++i) StemGramFeatures(d, i, &f);
  std::sort(f.ids.begin(), f.ids.end());
  return f.ids;
}

size_t Shared(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  std::vector<uint64_t> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  return both.size();
}

TEST(StemGrams, FormsOfOneRootShareGramsWhateverTheirClitics) {
  const auto terrorists = GramIds("الإرهابيين");  // light stem ارهابي
  const auto terror = GramIds("وإرهاب");          // light stem ارهاب
  const auto peace = GramIds("السلام");
  EXPECT_FALSE(terrorists.empty());
  // ارهاب: the trigrams اره رها هاب and the 4-grams ارها رهاب.
  EXPECT_EQ(Shared(terrorists, terror), 5u);
  EXPECT_EQ(Shared(terrorists, peace), 0u);
  EXPECT_TRUE(GramIds("!").empty());  // punctuation has none
}


TEST(SpanDecoding, HysteresisExtendsARunOnlyAroundATokenAtTheThreshold) {
  const Document d = test::AnalyzeBeforePersuasion("قال إن المرتزقة الإرهابيين هاجموا البلدة");
  ASSERT_EQ(d.tokens.size(), 6u);
  const float probs[6] = {0.01f, 0.02f, 0.05f, 0.30f, 0.01f, 0.06f};
  std::vector<Technique> plain, extended;
  PersuasionDetector::DecodeSpans(d, probs, 1, 0, 0.2f, "Loaded_Language", &plain);
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(d.TextUtf8(plain[0].span), "الإرهابيين");
  PersuasionDetector::DecodeSpans(d, probs, 1, 0, 0.2f, "Loaded_Language", &extended, 0.04f);
  // The run grows to المرتزقة (0.05); البلدة (0.06) has no token at the
  // threshold in its run, so it is no span.
  ASSERT_EQ(extended.size(), 1u);
  EXPECT_EQ(d.TextUtf8(extended[0].span), "المرتزقة الإرهابيين");
  EXPECT_FLOAT_EQ(extended[0].score, (0.05f + 0.30f) / 2);
}

TEST(SpanDecoding, SentencePowerLowersTheThresholdsBesideAConfidentToken) {
  const Document d = test::AnalyzeBeforePersuasion("قال إن المرتزقة الإرهابيين هاجموا البلدة");
  ASSERT_EQ(d.tokens.size(), 6u);
  const float probs[6] = {0.01f, 0.02f, 0.15f, 0.90f, 0.01f, 0.12f};
  std::vector<Technique> plain, powered;
  PersuasionDetector::DecodeSpans(d, probs, 1, 0, 0.2f, "Loaded_Language", &plain, 0.1f);
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(d.TextUtf8(plain[0].span), "المرتزقة الإرهابيين");
  // a = 0.5: p * 0.9 >= t^2, so the threshold is 0.2^2 / 0.9 = 0.044 and
  // البلدة (0.12) becomes a span of its own; the extend (0.011) takes in إن.
  PersuasionDetector::DecodeSpans(d, probs, 1, 0, 0.2f, "Loaded_Language", &powered, 0.1f, 0.5f);
  ASSERT_EQ(powered.size(), 2u);
  EXPECT_EQ(d.TextUtf8(powered[0].span), "إن المرتزقة الإرهابيين");
  EXPECT_EQ(d.TextUtf8(powered[1].span), "البلدة");
  // A sentence whose best token is below the threshold has no span.
  const float low[6] = {0.01f, 0.02f, 0.15f, 0.19f, 0.01f, 0.12f};
  powered.clear();
  PersuasionDetector::DecodeSpans(d, low, 1, 0, 0.2f, "Loaded_Language", &powered, 0.1f, 0.5f);
  EXPECT_TRUE(powered.empty());
}

TEST(SpanDecoding, SpansOnEntityMentionsCanBeDropped) {
  const Document d = test::AnalyzeBeforePersuasion("قال إن المرتزقة هاجموا البلدة");
  ASSERT_EQ(d.tokens.size(), 5u);
  const float probs[5] = {0.01f, 0.02f, 0.90f, 0.01f, 0.80f};
  std::vector<uint8_t> entity_tokens(5, 0);
  entity_tokens[4] = 1;  // as if البلدة were a mention
  std::vector<Technique> out;
  PersuasionDetector::DecodeSpans(d, probs, 1, 0, 0.5f, "Loaded_Language", &out, -1.f, 0.f, &entity_tokens);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(d.TextUtf8(out[0].span), "المرتزقة");
  // MarkEntityTokens marks the tokens of the analysis' mentions.
  std::vector<uint8_t> marks;
  MarkEntityTokens(d, &marks);
  ASSERT_EQ(marks.size(), d.tokens.size());
  size_t marked = 0;
  for (uint8_t m : marks) marked += m;
  size_t mention_tokens = 0;
  for (const Entity& e : d.entities)
    for (const Span& m : e.mentions)
      for (const Token& t : d.tokens) mention_tokens += t.span.start < m.end && m.start < t.span.end;
  EXPECT_EQ(marked, mention_tokens);
}

TEST(WeakLexicon, LoadedStemsGetTheirOwnCodeAndSurviveSaveAndLoad) {
  std::vector<std::vector<std::string>> stems;
  std::vector<std::vector<std::string>> labels;
  for (int i = 0; i < 40; ++i) {
    const bool loaded = i % 2 == 0;
    stems.push_back({"قال", "متحدث", loaded ? "مرتزق" : "جنود", i % 4 < 2 ? "مدين" : "قري"});
    labels.push_back({loaded ? "Loaded_Language" : "no_technique"});
  }
  for (const char* statistic : {"lor", "lr"}) {
    StemLexiconOptions o;
    o.classes = {"Loaded_Language"};
    o.statistic = statistic;
    o.window = 1;
    StemLexicon lex;
    lex.Build(stems, labels, o);
    ASSERT_EQ(lex.size(), 6u) << statistic;
    ASSERT_NE(lex.Find("مرتزق"), nullptr);
    ASSERT_NE(lex.Find("جنود"), nullptr);
    EXPECT_EQ(lex.Find("غائب"), nullptr);
    EXPECT_GT(lex.Find("مرتزق")[0], lex.Find("جنود")[0]) << statistic;
    const std::string path = ::testing::TempDir() + "/isnad_lexicon_" + statistic + ".tsv";
    ASSERT_TRUE(lex.Save(path, "test").ok());
    StemLexicon back;
    ASSERT_TRUE(back.Load(path).ok());
    EXPECT_EQ(back.size(), lex.size());
    EXPECT_EQ(back.window(), 1);
    for (const char* s : {"قال", "متحدث", "مرتزق", "جنود", "مدين", "قري"}) EXPECT_EQ(back.Find(s)[0], lex.Find(s)[0]);
    // Features of a token: its own code and its neighbours' (window 1).
    const Document d = test::AnalyzeBeforePersuasion("إن المرتزقة هاجموا");
    FeatureVector f;
    TokenContext ctx;
    ctx.Build(d);
    back.Features(d, ctx, 1, &f);
    EXPECT_EQ(f.size(), 3u);
  }
}

TEST(WeakLexicon, ExpansionGivesUnseenStemsTheWeightOfTheirWordClass) {
  std::vector<std::vector<std::string>> stems;
  std::vector<std::vector<std::string>> labels;
  for (int i = 0; i < 40; ++i) {
    const bool loaded = i % 2 == 0;
    stems.push_back({"قال", "متحدث", loaded ? "مرتزق" : "جنود", loaded ? "عميل" : "ضابط"});
    labels.push_back({loaded ? "Loaded_Language" : "no_technique"});
  }
  StemLexiconOptions o;
  o.classes = {"Loaded_Language"};
  o.statistic = "lr";
  StemLexicon lex;
  lex.Build(stems, labels, o);
  ASSERT_EQ(lex.size(), 6u);
  const uint8_t loaded_code = lex.Find("مرتزق")[0];
  // Word classes of a corpus: 7 holds the loaded stems and the unseen
  // "ماجور", 9 the neutral ones and the unseen "عسكري"; "نادر" is too rare.
  const std::vector<StemClusterCount> rows = {
      {"مرتزق", 7, 50}, {"عميل", 7, 30}, {"ماجور", 7, 20}, {"جنود", 9, 80}, {"ضابط", 9, 40},
      {"عسكري", 9, 60}, {"عسكري", 7, 1},  {"قال", 3, 500}, {"متحدث", 3, 100}, {"نادر", 7, 2}};
  LexiconExpansionOptions e;
  e.min_count = 5;
  EXPECT_EQ(lex.Expand(rows, e), 8u);  // all but نادر
  ASSERT_EQ(lex.classes(), 2);
  EXPECT_EQ(lex.size(), 8u);  // + ماجور, عسكري
  ASSERT_NE(lex.Find("ماجور"), nullptr);
  ASSERT_NE(lex.Find("عسكري"), nullptr);
  EXPECT_EQ(lex.Find("نادر"), nullptr);
  EXPECT_EQ(lex.Find("ماجور")[0], 0);  // not in the 1B documents: absent in the original class
  EXPECT_GT(lex.Find("ماجور")[1], lex.Find("عسكري")[1]);
  // A lexicon stem's own weight is left out: مرتزق gets عميل's class mean.
  EXPECT_GT(lex.Find("مرتزق")[1], lex.Find("جنود")[1]);
  EXPECT_EQ(lex.Find("مرتزق")[0], loaded_code);  // the original class is unchanged
  const std::string path = ::testing::TempDir() + "/isnad_lexicon_expanded.tsv";
  ASSERT_TRUE(lex.Save(path, "test").ok());
  StemLexicon back;
  ASSERT_TRUE(back.Load(path).ok());
  ASSERT_EQ(back.classes(), 2);
  for (const char* s : {"قال", "مرتزق", "جنود", "ماجور", "عسكري"})
    for (int c = 0; c < 2; ++c) EXPECT_EQ(back.Find(s)[c], lex.Find(s)[c]) << s << " " << c;
  // Two features per token: one per class, original and expanded.
  const Document d = test::AnalyzeBeforePersuasion("إن المأجور هاجم");
  FeatureVector f;
  TokenContext ctx;
  ctx.Build(d);
  back.Features(d, ctx, 1, &f);
  ASSERT_EQ(f.size(), 2u);
  const Document u = test::AnalyzeBeforePersuasion("إن الغائب هاجم");
  FeatureVector g;
  ctx.Build(u);
  back.Features(u, ctx, 1, &g);
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(f.ids[0], g.ids[0]);  // both absent from the original class
  EXPECT_NE(f.ids[1], g.ids[1]);  // but the expansion knows ماجور
}

TEST(SpanScorer, FollowsTheOfficialScorerOnOverlapsAndMisses) {
  // As the ArAIEval 2024 task 1 scorer: every (predicted, gold) pair of one
  // technique earns its overlap, so one prediction over two gold spans earns
  // precision credit twice; gold spans of documents without predictions
  // still count in the recall denominator.
  SpanScores s;
  s.Add({{{0, 4}, "Loaded_Language"}, {{6, 10}, "Loaded_Language"}}, {{{0, 10}, "Loaded_Language"}});
  EXPECT_DOUBLE_EQ(s.precision_credit, 4.0 / 10 + 4.0 / 10);
  EXPECT_DOUBLE_EQ(s.recall_credit, 1.0 + 1.0);
  s.Add({{{0, 5}, "Doubt"}}, {});
  EXPECT_EQ(s.gold, 3u);
  EXPECT_EQ(s.predicted, 1u);
  EXPECT_DOUBLE_EQ(s.P(), 0.8);
  EXPECT_DOUBLE_EQ(s.R(), 2.0 / 3);
}

// A span file of news-like paragraphs, one per page: the loaded word
// "المرتزقة" is a Loaded_Language span wherever it occurs.
std::string WriteSpanFile(const std::string& dir) {
  const std::string path = dir + "/spans.jsonl";
  std::ofstream out(path);
  const char* places[] = {"القرية", "المدينة", "الحدود", "المعبر", "الميناء", "المطار"};
  for (int i = 0; i < 90; ++i) {
    const std::string place = places[i % 6];
    std::string text, labels = "[]";
    if (i % 2 == 0) {
      text = "قال المتحدث إن المرتزقة هاجموا " + place + " صباح اليوم.";
      const size_t start = test::MakeDocument("قال المتحدث إن ").cps.size();
      labels = "[{\"start\": " + std::to_string(start) + ", \"end\": " + std::to_string(start + 8) +
               ", \"technique\": \"Loaded_Language\", \"text\": \"المرتزقة\"}]";
    } else {
      text = "قال المتحدث إن الجنود وصلوا إلى " + place + " صباح اليوم.";
    }
    out << "{\"id\": \"page" << i << "_001\", \"text\": \"" << text << "\", \"labels\": " << labels
        << ", \"type\": \"paragraph\"}\n";
  }
  return path;
}


TEST(TechniqueTraining, CrossValidatedAveragedTaggerFindsTheLoadedWordAndIsDeterministic) {
  const std::string dir = ::testing::TempDir() + "/isnad_span_training";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  PersuasionTrainConfig c;
  c.span_file = WriteSpanFile(dir);
  c.min_spans = 1;
  c.epochs = 3;
  c.bits = 14;
  c.span_runs = 2;
  c.cv_thresholds = true;
  c.command = "test";
  for (const char* run : {"a", "b"}) {
    c.out_dir = dir + "/" + run + "/persuasion";
    ASSERT_TRUE(TrainPersuasion(c).ok()) << run;
  }
  EXPECT_EQ(test::ReadFile(dir + "/a/persuasion/" + kTechniqueModelFile),
            test::ReadFile(dir + "/b/persuasion/" + kTechniqueModelFile));
  std::unique_ptr<PersuasionDetector> detector;
  ASSERT_TRUE(PersuasionDetector::Load(dir + "/a", &detector).ok());
  ASSERT_NE(detector, nullptr);
  ASSERT_TRUE(detector->has_spans());
  Document d = test::AnalyzeBeforePersuasion("أعلن الجيش أن المرتزقة دخلوا البلدة. وقال إن الجنود وصلوا أمس.");
  detector->Process(&d);
  ASSERT_FALSE(d.techniques.empty());
  bool loaded = false;
  for (const Technique& t : d.techniques) {
    EXPECT_EQ(t.technique, "Loaded_Language");
    EXPECT_NE(d.TextUtf8(t.span), "الجنود");
    loaded |= d.TextUtf8(t.span) == "المرتزقة";
  }
  EXPECT_TRUE(loaded);
}

// A 1B-like file: documents labeled Loaded_Language contain "المرتزقة",
// the others "الجنود"; one item repeats a text of the span file.
std::string WriteJudgementFile(const std::string& dir) {
  const std::string path = dir + "/task1b.jsonl";
  std::ofstream out(path);
  for (int i = 0; i < 30; ++i) {
    const bool loaded = i % 3 == 0;
    out << "{\"id\": \"d" << i << "\", \"text\": \"" << (loaded ? "أرسل المرتزقة رسالة " : "أرسل الجنود رسالة ")
        << i << "\", \"labels\": [\"" << (loaded ? "Loaded_Language" : "no_technique") << "\"]}\n";
  }
  out << "{\"id\": \"leak\", \"text\": \"قال المتحدث إن الجنود وصلوا إلى المدينة صباح اليوم.\", "
         "\"labels\": [\"no_technique\"]}\n";
  return path;
}

TEST(TechniqueTraining, WeakLexiconAndHysteresisAreSavedDeterministicallyAndLoaded) {
  const std::string dir = ::testing::TempDir() + "/isnad_span_training_lexicon";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  PersuasionTrainConfig c;
  c.span_file = WriteSpanFile(dir);
  c.lexicon_file = WriteJudgementFile(dir);
  c.lexicon_statistic = "lr";
  c.lexicon_min_df = 1;
  c.extend_ratios = {0.5f};
  c.min_spans = 1;
  c.epochs = 3;
  c.bits = 14;
  c.span_runs = 1;
  c.command = "test";
  for (const char* run : {"a", "b"}) {
    c.out_dir = dir + "/" + run + "/persuasion";
    ASSERT_TRUE(TrainPersuasion(c).ok()) << run;
  }
  for (const char* file : {kTechniqueModelFile, kStemLexiconFile})
    EXPECT_EQ(test::ReadFile(dir + "/a/persuasion/" + file), test::ReadFile(dir + "/b/persuasion/" + file)) << file;
  const std::string lexicon = test::ReadFile(dir + "/a/persuasion/" + kStemLexiconFile);
  EXPECT_NE(lexicon.find("\nمرتزق\t"), std::string::npos);
  EXPECT_EQ(lexicon.find("\nمتحدث\t"), std::string::npos);  // only in the left-out item
  std::unique_ptr<PersuasionDetector> detector;
  ASSERT_TRUE(PersuasionDetector::Load(dir + "/a", &detector).ok());
  ASSERT_NE(detector, nullptr);
  Document d = test::AnalyzeBeforePersuasion("أعلن الجيش أن المرتزقة دخلوا البلدة.");
  detector->Process(&d);
  bool loaded = false;
  for (const Technique& t : d.techniques) loaded |= d.TextUtf8(t.span).find("المرتزقة") != std::string::npos;
  EXPECT_TRUE(loaded);
  // Trained without the lexicon into the same folder: the old lexicon goes.
  c.lexicon_file.clear();
  c.out_dir = dir + "/a/persuasion";
  ASSERT_TRUE(TrainPersuasion(c).ok());
  EXPECT_FALSE(std::filesystem::exists(dir + "/a/persuasion/" + kStemLexiconFile));
}

// The 1A model with its threshold chosen on a cross-validation of the whole
// train file: deterministic, and it tells the two kinds of item apart.
TEST(TechniqueTraining, PersuasiveThresholdOnCrossValidation) {
  const std::string dir = ::testing::TempDir() + "/isnad_persuasive_cv";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string path = dir + "/task1a.jsonl";
  {
    std::ofstream out(path);
    for (int i = 0; i < 40; ++i) {
      const bool persuasive = i % 2 == 0;
      out << "{\"id\": \"p" << i << "\", \"text\": \""
          << (persuasive ? "المرتزقة الخونة يدمرون الوطن " : "وصل الوفد إلى المدينة صباح اليوم ")
          << i << "\", \"label\": " << (persuasive ? "true" : "false") << "}\n";
    }
  }
  PersuasionTrainConfig c;
  c.task1a_file = path;
  c.epochs = 5;
  c.bits = 14;
  c.command = "test";
  ASSERT_TRUE(c.doc_cv_thresholds);
  for (const char* run : {"a", "b"}) {
    c.out_dir = dir + "/" + run + "/persuasion";
    ASSERT_TRUE(TrainPersuasion(c).ok()) << run;
  }
  EXPECT_EQ(test::ReadFile(dir + "/a/persuasion/" + kPersuasiveModelFile),
            test::ReadFile(dir + "/b/persuasion/" + kPersuasiveModelFile));
  std::unique_ptr<PersuasionDetector> detector;
  ASSERT_TRUE(PersuasionDetector::Load(dir + "/a", &detector).ok());
  ASSERT_NE(detector, nullptr);
  Document loaded = test::AnalyzeBeforePersuasion("المرتزقة الخونة يدمرون الوطن.");
  detector->Process(&loaded);
  Document plain = test::AnalyzeBeforePersuasion("وصل الوفد إلى المدينة صباح اليوم.");
  detector->Process(&plain);
  EXPECT_TRUE(loaded.persuasion.label);
  EXPECT_FALSE(plain.persuasion.label);
  EXPECT_GT(loaded.persuasion.score, plain.persuasion.score);
}

}  // namespace
}  // namespace isnad
