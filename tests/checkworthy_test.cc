// The check-worthiness model: its feature blocks, the training command's
// cross-validation over an added file, and scoring with a trained file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "isnad/analyzer.h"
#include "isnad/persuade/checkworthiness.h"
#include "isnad/persuade/checkworthy_features.h"
#include "isnad/persuade/training.h"
#include "test_util.h"

namespace isnad {
namespace {

// A pseudo-word of four letters that no other index shares.
std::string UniqueWord(size_t i) {
  static const char* kLetters[] = {"ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض",
                                   "ط", "ظ", "ع", "غ", "ف", "ق", "ك", "ل", "م", "ن", "ه", "ي"};
  std::string w;
  for (int k = 0; k < 4; ++k) {
    w += kLetters[i % 26];
    i /= 26;
  }
  return w;
}

// Writes a CheckThat! TSV file.
void WriteTsv(const std::string& path, const std::vector<std::pair<std::string, bool>>& rows, uint64_t first_id) {
  std::ofstream out(path);
  out << "tweet_id\ttweet_url\ttweet_text\tclass_label\n";
  uint64_t id = first_id;
  for (const auto& [text, yes] : rows) {
    out << id << "\thttps://twitter.com/x/status/" << id << "\t" << text << "\t" << (yes ? "Yes" : "No") << "\n";
    ++id;
  }
}

// Train: claims with numbers and an official source (Yes) against greetings
// and prayers (No). Dev: tweets of words found nowhere else, labels without
// a pattern: only a model that saw a tweet can know its label.
struct Fixture {
  std::string dir, train, dev;
  size_t dev_size = 0;
  Fixture() {
    dir = ::testing::TempDir() + "/isnad_checkworthy_cv";
    std::filesystem::create_directories(dir);
    train = dir + "/train.tsv";
    dev = dir + "/dev.tsv";
    std::vector<std::pair<std::string, bool>> t, d;
    for (int i = 0; i < 24; ++i) {
      t.push_back({"أعلنت وزارة الصحة تسجيل " + std::to_string(100 + i * 7) + " إصابة جديدة في المحافظة", true});
      t.push_back({"صباح الخير يا أصدقاء اللهم احفظنا جميعا", false});
    }
    for (size_t i = 0; i < 40; ++i) {
      std::string text;
      for (size_t k = 0; k < 5; ++k) text += (k ? " " : "") + UniqueWord(1000 + i * 5 + k);
      d.push_back({text, ((i * 7) % 5) < 2});
    }
    dev_size = d.size();
    WriteTsv(train, t, 1000);
    WriteTsv(dev, d, 5000);  // later ids: the newest
  }
};

CheckworthyTrainConfig SmallConfig(const Fixture& f) {
  CheckworthyTrainConfig c;
  c.train_file = f.train;
  c.add_files = {f.dev};
  c.eval_files = {f.dev};
  c.features = "checkworthy2 bag=1 struct=1 func=1";
  c.learning_rate = 1;
  c.epochs = 10;
  c.pos_weight_power = 1;
  c.nb = true;
  c.add_repeat = 3;
  c.threshold = 0.5f;  // the test is about the folds, not the threshold
  c.cv = 4;
  return c;
}

}  // namespace

TEST(CheckworthyBlocks, KindRoundTripsAndUnknownKindsAreErrors) {
  CheckworthyBlocks b;
  ASSERT_TRUE(CheckworthyBlocks::Parse("checkworthy", &b).ok());
  EXPECT_TRUE(b.legacy);
  EXPECT_EQ(b.Kind(), "checkworthy");
  ASSERT_TRUE(CheckworthyBlocks::Parse("checkworthy2 bag=1 struct=0.5 func=1", &b).ok());
  EXPECT_FALSE(b.legacy);
  EXPECT_FLOAT_EQ(b.structure, 0.5f);
  EXPECT_FLOAT_EQ(b.chars, 0.f);
  CheckworthyBlocks again;
  ASSERT_TRUE(CheckworthyBlocks::Parse(b.Kind(), &again).ok());
  EXPECT_EQ(again.Kind(), b.Kind());
  EXPECT_FALSE(CheckworthyBlocks::Parse("persuasive", &b).ok());
  EXPECT_FALSE(CheckworthyBlocks::Parse("checkworthy2 bag=1 topics=1", &b).ok());
}

TEST(CheckworthyBlocks, LegacyKindIsTheBagAndBlocksAddFeatures) {
  Document d = test::AnalyzeBeforePersuasion("أعلنت وزارة الصحة اليوم تسجيل 120 إصابة جديدة في دمشق.");
  const uint32_t n = static_cast<uint32_t>(d.tokens.size());
  FeatureVector bag, legacy, blocks;
  BagFeatures(d, 0, n, &bag);
  CheckworthyBlocks b;
  CheckworthyFeaturizer l(b);
  l.Prepare(d);
  l.Extract(d, 0, n, &legacy);
  EXPECT_EQ(legacy.ids, bag.ids);
  EXPECT_EQ(legacy.values, bag.values);
  ASSERT_TRUE(CheckworthyBlocks::Parse("checkworthy2 bag=1 struct=1 func=1", &b).ok());
  CheckworthyFeaturizer x(b);
  x.Prepare(d);
  x.Extract(d, 0, n, &blocks);
  EXPECT_GT(blocks.size(), bag.size() + n);
}

TEST(CheckworthyBlocks, FunctionWordIdsAreThoseOfTheirStrings) {
  // The shipped model reads these ids: they must stay FeatureId(309, p1, w)
  // for bigrams and MixHash(FeatureId(310, p2, p1) ^ FeatureId(311, w)) for
  // trigrams over the sequence of function words and class names.
  Document d = test::AnalyzeBeforePersuasion("قال إنه لم يتم تسجيل 5 إصابات في المدينة #كورونا");
  ASSERT_FALSE(d.words.empty());
  std::vector<std::string> seq;
  for (const Token& t : d.tokens) {
    if (t.kind == TokenKind::kNumber) { seq.push_back("<num>"); continue; }
    if (t.kind == TokenKind::kHashtag) { seq.push_back("<hash>"); continue; }
    ASSERT_EQ(t.kind, TokenKind::kWord);
    Upos u = Upos::kNone;
    for (uint32_t k = 0; k < t.word_count; ++k)
      if (u == Upos::kNone || d.words[t.first_word + k].upos != Upos::PRON) u = d.words[t.first_word + k].upos;
    const bool function = u == Upos::ADP || u == Upos::CCONJ || u == Upos::SCONJ || u == Upos::PART ||
                          u == Upos::PRON || u == Upos::AUX || u == Upos::DET || u == Upos::INTJ;
    seq.push_back(function ? std::string(d.Norm(t)) : UposName(u));
  }
  std::vector<uint64_t> want;
  std::string p2 = "<s>", p1 = "<s>";
  for (const std::string& w : seq) {
    want.push_back(FeatureId(309, p1, w));
    want.push_back(MixHash(FeatureId(310, p2, p1) ^ FeatureId(311, w)));
    p2 = p1;
    p1 = w;
  }
  want.push_back(FeatureId(309, p1, "</s>"));
  CheckworthyBlocks b;
  ASSERT_TRUE(CheckworthyBlocks::Parse("checkworthy2 bag=0 func=1", &b).ok());
  CheckworthyFeaturizer f(b);
  f.Prepare(d);
  FeatureVector got;
  f.Extract(d, 0, static_cast<uint32_t>(d.tokens.size()), &got);
  ASSERT_EQ(got.size(), want.size() + 1);  // + the block's bias
  for (size_t i = 0; i < want.size(); ++i) EXPECT_EQ(got.ids[i + 1], want[i]) << i;
}

TEST(CheckworthyTraining, CrossValidationScoresEachAddedTweetOnceWithoutSeeingIt) {
  const Fixture f;
  CheckworthyTrainConfig c = SmallConfig(f);
  CheckworthyReport r;
  ASSERT_TRUE(TrainCheckworthiness(c, &r).ok());
  ASSERT_EQ(r.fold_sizes.size(), 4u);
  size_t scored = 0;
  for (size_t n : r.fold_sizes) {
    EXPECT_GT(n, 0u);
    scored += n;
  }
  EXPECT_EQ(scored, f.dev_size);
  EXPECT_EQ(r.cv.tp + r.cv.fp + r.cv.fn + r.cv.tn, f.dev_size);
  // The final model saw the dev tweets and knows their labels; a fold's
  // model did not, so it cannot.
  ASSERT_EQ(r.evals.size(), 1u);
  EXPECT_GE(r.evals[0].MacroF1(), 0.9);
  EXPECT_LE(r.cv.MacroF1(), 0.75);
}

TEST(CheckworthyTraining, SavedModelScoresWithItsBlocks) {
  const Fixture f;
  CheckworthyTrainConfig c = SmallConfig(f);
  c.cv = 0;
  c.add_files.clear();
  c.eval_files = {f.train};
  c.out_dir = f.dir + "/models/checkworthy";
  CheckworthyReport r;
  ASSERT_TRUE(TrainCheckworthiness(c, &r).ok());
  ASSERT_EQ(r.evals.size(), 1u);
  EXPECT_GE(r.evals[0].MacroF1(), 0.9);
  std::unique_ptr<ClaimDetector> detector;
  ASSERT_TRUE(ClaimDetector::Load(f.dir + "/models", &detector).ok());
  ASSERT_NE(detector, nullptr);
  Document claim = test::AnalyzeBeforePersuasion("أعلنت وزارة الصحة تسجيل 345 إصابة جديدة في المحافظة");
  Document greeting = test::AnalyzeBeforePersuasion("صباح الخير يا أصدقاء اللهم احفظنا جميعا");
  for (Document* d : {&claim, &greeting}) {
    detector->Process(d);
  }
  EXPECT_TRUE(claim.checkworthy.label);
  EXPECT_FALSE(greeting.checkworthy.label);
  EXPECT_EQ(claim.claims.size(), 1u);
  EXPECT_TRUE(greeting.claims.empty());
}

}  // namespace isnad
