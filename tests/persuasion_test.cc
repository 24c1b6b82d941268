// Persuasion techniques, check-worthy claims and unsourced assertions, on the
// sample SANA article and on the shared tasks' metrics.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "isnad/analyzer.h"
#include "isnad/eval/persuasion_eval.h"
#include "isnad/io/json_writer.h"
#include "isnad/persuade/checkworthiness.h"
#include "isnad/persuade/datasets.h"
#include "isnad/persuade/logistic_model.h"
#include "isnad/model_file.h"
#include "isnad/persuade/persuasion.h"
#include "test_util.h"

namespace isnad {
namespace {

// The sample article of the source tree.
std::string SamplePath() { return ISNAD_SOURCE_DIR "/data/samples/sana-2017-lavrov.txt"; }

// Code-point offset of the first occurrence of `needle` in doc's text.
uint32_t Find(const Document& doc, const std::string& needle) {
  const std::u32string n = test::MakeDocument(needle).cps;
  const size_t at = doc.cps.find(n);
  EXPECT_NE(at, std::u32string::npos) << needle;
  return static_cast<uint32_t>(at);
}

class PersuasionTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    AnalyzerOptions o;
    ASSERT_TRUE(Analyzer::Create(o, &analyzer_).ok());
    const std::string text = test::ReadFile(SamplePath());
    ASSERT_FALSE(text.empty()) << SamplePath();
    sample_ = test::MakeDocument(text, "sana-2017-lavrov");
    analyzer_->Analyze(&sample_);
  }
  static const Claim* ClaimAt(const Document& d, uint32_t pos) {
    for (const Claim& c : d.claims)
      if (c.span.start <= pos && pos < c.span.end) return &c;
    return nullptr;
  }
  static std::unique_ptr<Analyzer> analyzer_;
  static Document sample_;
};
std::unique_ptr<Analyzer> PersuasionTest::analyzer_;
Document PersuasionTest::sample_;

TEST_F(PersuasionTest, ModelsOfTheSourceTreeAreLoaded) {
  EXPECT_TRUE(sample_.layers & kLayerTechniques);
  EXPECT_TRUE(sample_.layers & kLayerPersuasion);
  EXPECT_TRUE(sample_.layers & kLayerClaims);
  EXPECT_TRUE(sample_.layers & kLayerCheckworthy);
}

TEST_F(PersuasionTest, LoadedWordOfTheSampleIsATechniqueSpanAtItsOffsets) {
  // "الإرهابيين المدعومين": the article's first label for the other side.
  const uint32_t at = Find(sample_, "الإرهابيين المدعومين");
  const Technique* found = nullptr;
  for (const Technique& t : sample_.techniques)
    if (t.span.start == at) found = &t;
  ASSERT_NE(found, nullptr);
  // The word itself, or with the hysteresis and the sentence power the
  // whole label ("terrorists backed ...").
  const std::string text = sample_.TextUtf8(found->span);
  EXPECT_TRUE(text == "الإرهابيين" || text == "الإرهابيين المدعومين") << text;
  EXPECT_TRUE(found->technique == "Loaded_Language" || found->technique == "Name_Calling-Labeling")
      << found->technique;
  EXPECT_GT(found->score, 0.f);
  EXPECT_LE(found->score, 1.f);
}

TEST_F(PersuasionTest, EverySpanIsInsideTheTextAndNamesAListedTechnique) {
  const std::string list = test::ReadFile(test::SharedDir() + "/data/persuasion/persuasion_techniques_list.txt");
  ASSERT_FALSE(sample_.techniques.empty());
  for (const Technique& t : sample_.techniques) {
    EXPECT_LT(t.span.start, t.span.end);
    EXPECT_LE(t.span.end, sample_.cps.size());
    EXPECT_NE(list.find(t.technique), std::string::npos) << t.technique;
  }
}

TEST_F(PersuasionTest, SentenceSpanLeavesOutPunctuationAndTheLinkPlaceholder) {
  // The sentence decoder of the long techniques tags a sentence without the
  // marks and the tweet's "LINK" at its ends.
  Document d = test::MakeDocument("«السعودية تؤوي الإرهابيين»، LINK");
  analyzer_->Analyze(&d);
  ASSERT_EQ(d.sentences.size(), 1u);
  const Span s = PersuasionDetector::SentenceExtent(d, d.sentences[0]);
  EXPECT_EQ(d.TextUtf8(s), "السعودية تؤوي الإرهابيين");
  std::vector<Technique> out;
  const float probs[2] = {0.2f, 0.7f};
  PersuasionDetector::DecodeSentenceSpans(d, probs, 2, 1, 0.5f, "Doubt", &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].span.start, s.start);
  EXPECT_EQ(out[0].technique, "Doubt");
  EXPECT_FLOAT_EQ(out[0].score, 0.7f);
  out.clear();
  PersuasionDetector::DecodeSentenceSpans(d, probs, 2, 0, 0.5f, "Doubt", &out);
  EXPECT_TRUE(out.empty());
}

TEST_F(PersuasionTest, OutletsOwnAssertionIsAnUnsourcedClaim) {
  const Claim* c = ClaimAt(sample_, Find(sample_, "أمرا واقعا مثبتا"));
  ASSERT_NE(c, nullptr);
  EXPECT_FALSE(c->sourced);
  EXPECT_GE(c->checkworthy, 0.f);
}

TEST_F(PersuasionTest, AttributedSentenceIsASourcedClaim) {
  const Claim* c = ClaimAt(sample_, Find(sample_, "أكد وزير الخارجية الروسي سيرغي لافروف أن"));
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(c->sourced);
}

TEST_F(PersuasionTest, ReportedSpeechCoversItsSentence) {
  Document d = test::MakeDocument("قال المتحدث باسم الوزارة إن القوات سيطرت على المدينة بالكامل أمس.");
  analyzer_->Analyze(&d);
  ASSERT_FALSE(d.sentences.empty());
  EXPECT_GT(ClaimDetector::SourcedShare(d, d.sentences[0].span), 0.5);
  Document own = test::MakeDocument("سيطرت القوات على المدينة بالكامل أمس بعد معارك عنيفة.");
  analyzer_->Analyze(&own);
  EXPECT_EQ(ClaimDetector::SourcedShare(own, own.sentences[0].span), 0.0);
  EXPECT_FALSE(ClaimDetector::IsSourced(own, own.sentences[0]));
}

TEST_F(PersuasionTest, PropagandaParagraphIsPersuasive) {
  EXPECT_TRUE(sample_.persuasion.label);
  EXPECT_GT(sample_.persuasion.score, 0.5f);
}

TEST(PersuasionModels, WithoutModelFilesTheLayersAreAbsent) {
  const std::string empty = ::testing::TempDir() + "/isnad_no_models";
  std::filesystem::create_directories(empty);
  AnalyzerOptions o;
  o.models_dir = empty;
  std::unique_ptr<Analyzer> a;
  ASSERT_TRUE(Analyzer::Create(o, &a).ok());
  Document d = test::MakeDocument("وصف الوزير المسلحين بالمرتزقة المندحرين.");
  a->Analyze(&d);
  EXPECT_EQ(d.layers & (kLayerTechniques | kLayerClaims | kLayerPersuasion | kLayerCheckworthy), 0u);
  std::string json;
  AppendDocumentJson(d, JsonWriteOptions{}, &json);
  ASSERT_NE(json.find("\"tokens\""), std::string::npos);
  EXPECT_EQ(json.find("\"techniques\""), std::string::npos);
  EXPECT_EQ(json.find("\"claims\""), std::string::npos);
  EXPECT_EQ(json.find("\"checkworthy\""), std::string::npos);
}

TEST(PersuasionModels, BadModelFileIsAnError) {
  const std::string dir = ::testing::TempDir() + "/isnad_bad_models";
  std::filesystem::create_directories(dir + "/checkworthy");
  std::ofstream(dir + "/checkworthy/checkworthy.lm") << "not a model";
  AnalyzerOptions o;
  o.models_dir = dir;
  std::unique_ptr<Analyzer> a;
  Status st = Analyzer::Create(o, &a);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("checkworthy.lm"), std::string::npos);
}

TEST(LinearModelFile, SaveAndLoadKeepScores) {
  LogisticModel m("test", 8, {"a", "b"});
  std::vector<TrainExample> ex(2);
  ex[0].features.Add(FeatureId(1, "x"));
  ex[0].labels = {1, 0};
  ex[1].features.Add(FeatureId(1, "y"));
  ex[1].labels = {0, 1};
  TrainOptions opt;
  opt.epochs = 20;
  TrainLinearModel(ex, opt, &m);
  m.set_threshold(1, 0.3f);
  const std::string path = ::testing::TempDir() + "/isnad_test.lm";
  ASSERT_TRUE(m.Save(path).ok());
  LogisticModel back;
  ASSERT_TRUE(back.Load(path).ok());
  EXPECT_EQ(back.outputs(), 2);
  EXPECT_EQ(back.name(1), "b");
  EXPECT_FLOAT_EQ(back.threshold(1), 0.3f);
  float p[2], q[2];
  m.Score(ex[0].features, p);
  back.Score(ex[0].features, q);
  EXPECT_GT(p[0], 0.5f);
  EXPECT_LT(p[1], 0.5f);
  EXPECT_NEAR(p[0], q[0], 1e-3);
  EXPECT_NEAR(p[1], q[1], 1e-3);
}

TEST(PersuasionMetrics, SpanCreditIsProportionalToOverlap) {
  SpanScores s;
  // Gold [0,10) and [20,24) Loaded_Language; predicted [5,15) Loaded_Language
  // (half of it on the first gold span) and [20,24) Doubt (wrong technique).
  s.Add({{{0, 10}, "Loaded_Language"}, {{20, 24}, "Loaded_Language"}},
        {{{5, 15}, "Loaded_Language"}, {{20, 24}, "Doubt"}});
  EXPECT_EQ(s.gold, 2u);
  EXPECT_EQ(s.predicted, 2u);
  EXPECT_DOUBLE_EQ(s.P(), 0.5 / 2);  // 5 of 10 characters, over 2 predicted spans
  EXPECT_DOUBLE_EQ(s.R(), 0.5 / 2);  // 5 of 10 characters, over 2 gold spans
  EXPECT_DOUBLE_EQ(s.F1(), 0.25);
  s.Add({{{0, 4}, "Doubt"}}, {{{0, 4}, "Doubt"}});  // a second document, exact
  EXPECT_DOUBLE_EQ(s.P(), 1.5 / 3);
  EXPECT_DOUBLE_EQ(s.R(), 1.5 / 3);
}

TEST(PersuasionMetrics, MultilabelMicroAndMacroF1) {
  LabelScores s;
  s.Add({"Loaded_Language", "Doubt"}, {"Loaded_Language"});  // tp LL, fn Doubt
  s.Add({"no_technique"}, {"Loaded_Language"});              // fn no_technique, fp LL
  // tp 1, fp 1, fn 2: micro-F1 = 2/(2+1+2) = 0.4
  EXPECT_DOUBLE_EQ(s.MicroF1(), 0.4);
  // LL: tp1 fp1 -> 2/3; Doubt 0; no_technique 0
  EXPECT_DOUBLE_EQ(s.MacroF1(), (2.0 / 3) / 3);
}

TEST(PersuasionMetrics, BinaryF1AndMacroF1) {
  BinaryScores s;
  s.Add(true, true);
  s.Add(true, false);
  s.Add(false, false);
  s.Add(false, true);
  s.Add(false, false);
  EXPECT_DOUBLE_EQ(s.Accuracy(), 3.0 / 5);
  EXPECT_DOUBLE_EQ(s.F1Positive(), 2.0 / 4);  // tp1 fp1 fn1
  EXPECT_DOUBLE_EQ(s.F1Negative(), 4.0 / 6);  // tn2 fn1 fp1
  EXPECT_DOUBLE_EQ(s.MacroF1(), (0.5 + 4.0 / 6) / 2);
}

TEST(PersuasionData, SplitKeepsAnArticleTogether) {
  std::vector<SpanItem> items;
  ASSERT_TRUE(ReadSpanFile(test::SharedDir() + "/data/persuasion/araieval2024_task1_dev.jsonl", &items).ok());
  ASSERT_EQ(items.size(), 921u);
  size_t dev = 0;
  std::map<std::string, int> per_page;
  for (const SpanItem& a : items) {
    dev += SplitOf(a.key) == SplitPart::kDev;
    if (!a.tweet) {
      EXPECT_NE(a.key, a.id);  // a paragraph's key is its page
      ++per_page[a.key];
    }
  }
  EXPECT_GT(dev, 100u);
  EXPECT_LT(dev, 300u);
  EXPECT_LT(per_page.size(), 672u);  // pages with several paragraphs share one key
}

// The file keeps only the nonzero rows: a committed model saved again and
// reloaded scores every feature exactly as the original.
TEST(LinearModelFile, ResavedModelScoresTheSame) {
  LogisticModel m;
  ASSERT_TRUE(m.Load(ResolveModelsDir(AnalyzerOptions()) + "/persuasion/techniques.lm").ok());
  const std::string path = ::testing::TempDir() + "/isnad_resaved.lm";
  ASSERT_TRUE(m.Save(path).ok());
  LogisticModel back;
  ASSERT_TRUE(back.Load(path).ok());
  ASSERT_EQ(back.outputs(), m.outputs());
  std::vector<float> a(m.outputs()), b(m.outputs());
  for (uint64_t id = 0; id < 5000; ++id) {
    FeatureVector f;
    f.Add(FeatureId(7, std::to_string(id)));
    f.Add(id * 0x9E3779B97F4A7C15ull);
    m.Margins(f, a.data());
    back.Margins(f, b.data());
    ASSERT_EQ(a, b) << "feature " << id;
  }
}

// Writes a logistic model file by hand: `bits` and `outputs` as given, one
// weight row per bucket of `buckets` (1 each), gzip-compressed or not.
Status WriteHandMadeModel(const std::string& path, uint32_t bits, uint32_t outputs,
                          const std::vector<uint32_t>& buckets, bool gzip) {
  ModelWriter w;
  w.SetHeader("kind", "logistic");
  w.SetHeader("version", std::to_string(LogisticModel::kFormatVersion));
  w.SetHeader("features", "test");
  std::string names;
  for (uint32_t k = 0; k < outputs; ++k) names += "o" + std::to_string(k) + "\n";
  w.AddArray("lm.names", std::vector<char>(names.begin(), names.end()));
  w.AddArray("lm.bits", std::vector<uint32_t>{bits});
  w.AddArray("lm.thr", std::vector<float>(outputs, 0.5f));
  w.AddArray("lm.bias", std::vector<float>(outputs, 0.f));
  w.AddArray("lm.scale", std::vector<float>{1.f});
  w.AddArray("lm.bkt", buckets);
  w.AddArray("lm.rows", std::vector<int16_t>(buckets.size() * outputs, 1));
  return w.WriteFile(path, gzip);
}

// The hand-made file loads (gzip or plain) and scores its rows: the test
// below of a bad file fails for the reason it names, not any other.
TEST(LinearModelFile, HandMadeModelLoads) {
  for (bool gzip : {true, false}) {
    const std::string path = ::testing::TempDir() + "/isnad_hand.lm";
    ASSERT_TRUE(WriteHandMadeModel(path, 8, 2, {3, 5}, gzip).ok());
    LogisticModel m;
    const Status st = m.Load(path);
    ASSERT_TRUE(st.ok()) << st.message();
    EXPECT_EQ(m.outputs(), 2);
    EXPECT_EQ(m.name(1), "o1");
    EXPECT_EQ(m.kind(), "test");
    float margins[2];
    FeatureVector f;
    f.Add(5);  // bucket 5: a stored row
    m.Margins(f, margins);
    EXPECT_FLOAT_EQ(margins[0], 1.f);
    f = FeatureVector();
    f.Add(4);  // bucket 4: none
    m.Margins(f, margins);
    EXPECT_FLOAT_EQ(margins[1], 0.f);
  }
}

// A header asking for more weights than any model has is refused before
// anything is allocated.
TEST(LinearModelFile, OversizedHeaderIsAnError) {
  const std::string path = ::testing::TempDir() + "/isnad_huge.lm";
  ASSERT_TRUE(WriteHandMadeModel(path, 26, 1000, {}, true).ok());  // 2^26 * 1000 weights
  LogisticModel m;
  const Status st = m.Load(path);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("bad header"), std::string::npos);
}

TEST(LinearModelFile, BucketsOutOfOrderAreAnError) {
  const std::string path = ::testing::TempDir() + "/isnad_bad_rows.lm";
  ASSERT_TRUE(WriteHandMadeModel(path, 8, 1, {5, 3}, true).ok());
  LogisticModel m;
  const Status st = m.Load(path);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("isnad_bad_rows.lm"), std::string::npos);
  EXPECT_NE(st.message().find("bucket"), std::string::npos);
}

// A free-text header value with a newline stays one header line, and the
// keys after it are still found.
TEST(ModelFileHeader, NewlineInValueStaysOneLine) {
  const std::string path = ::testing::TempDir() + "/isnad_header.bin";
  ModelWriter w;
  w.SetHeader("info", "first\nsecond: x");
  w.SetHeader("kind", "test");
  w.AddArray("a", std::vector<uint32_t>{7});
  ASSERT_TRUE(w.WriteFile(path).ok());
  ModelReader in;
  ASSERT_TRUE(in.Open(path).ok());
  EXPECT_EQ(in.Header("info"), "first second: x");
  EXPECT_EQ(in.Header("kind"), "test");
  EXPECT_EQ(in.Header("second"), "");
}

// A cut-off gzip file is an error naming the file, not a crash or a model
// with missing rows.
TEST(LinearModelFile, TruncatedGzipIsAnError) {
  const std::string path = ::testing::TempDir() + "/isnad_cut.lm";
  ASSERT_TRUE(WriteHandMadeModel(path, 8, 2, {1, 2, 3}, true).ok());
  std::filesystem::resize_file(path, std::filesystem::file_size(path) - 6);
  LogisticModel m;
  const Status st = m.Load(path);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("isnad_cut.lm"), std::string::npos);
}

}  // namespace
}  // namespace isnad
