// Named entities: the CoNLL layout, the conlleval metric on a hand-computed
// example, and the tagger + linker + speaker links on the sample article.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "isnad/analyzer.h"
#include "isnad/tag/entity_linker.h"
#include "isnad/tag/entity_tagger.h"
#include "isnad/tag/ner_conll.h"
#include "isnad/text/utf8.h"
#include "test_util.h"

namespace isnad {
namespace {

TEST(NerConll, ReadsSentencesAndWritesTheSameLayout) {
  std::vector<NerSentence> s;
  ASSERT_TRUE(ParseNerConll("سيرغي B-PERS\nلافروف I-PERS\nفي O\n\n\nموسكو B-LOC\n", "x", true, &s)
                  .ok());
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].tokens.size(), 3u);
  EXPECT_EQ(s[0].tags[1], NerInside(0));
  EXPECT_EQ(s[1].line, 6u);
  EXPECT_EQ(s[1].tags[0], NerBegin(1));
  std::string out;
  for (const NerSentence& x : s) AppendNerConll(x, &out);
  EXPECT_EQ(out, "سيرغي B-PERS\nلافروف I-PERS\nفي O\n\nموسكو B-LOC\n\n");
  // Without tags only the first column is read.
  ASSERT_TRUE(ParseNerConll("a\tX Y\nb\n", "x", false, &s).ok());
  EXPECT_EQ(s[0].tokens, (std::vector<std::string>{"a", "b"}));
}

TEST(NerConll, BadTagNamesFileAndLine) {
  std::vector<NerSentence> s;
  Status st = ParseNerConll("a O\nb B-PERSON\n", "gold.txt", true, &s);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("gold.txt:2"), std::string::npos) << st.message();
  st = ParseNerConll("a O\n\nlonely\n", "gold.txt", true, &s);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("gold.txt:3"), std::string::npos) << st.message();
}

std::vector<uint8_t> Tags(std::initializer_list<const char*> names) {
  std::vector<uint8_t> out;
  for (const char* n : names) out.push_back(static_cast<uint8_t>(NerTagFromName(n)));
  return out;
}

TEST(NerScores, ConllevalOnAHandComputedExample) {
  // Gold chunks: PER [0,2), LOC [3,4), ORG [5,7).
  auto gold = Tags({"B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O"});
  // System: PER [0,2) right, ORG [3,4) wrong type, ORG [5,6) wrong end,
  // MISC [7,8) spurious (begun by I- after O, as conlleval reads it).
  auto sys = Tags({"B-PERS", "I-PERS", "O", "B-ORG", "O", "B-ORG", "O", "I-MISC"});
  NerScores s;
  s.Add(gold.data(), sys.data(), gold.size());
  EXPECT_EQ(s.correct[0] + s.correct[1] + s.correct[2] + s.correct[3], 1u);
  EXPECT_NEAR(s.Precision(), 25.0, 1e-9);  // 1 of 4
  EXPECT_NEAR(s.Recall(), 100.0 / 3, 1e-9);  // 1 of 3
  EXPECT_NEAR(s.F1(), 2 * 25.0 * (100.0 / 3) / (25.0 + 100.0 / 3), 1e-9);
  EXPECT_NEAR(s.F1(0), 100.0, 1e-9);
  EXPECT_NEAR(s.Recall(1), 0.0, 1e-9);
  EXPECT_NEAR(s.Precision(2), 0.0, 1e-9);
  EXPECT_EQ(s.system[3], 1u);
  EXPECT_EQ(s.tokens_correct, 5u);
  // Two adjacent chunks of one type: B after I starts a new one.
  std::vector<NerChunk> chunks;
  auto two = Tags({"B-LOC", "I-LOC", "B-LOC", "I-ORG"});
  NerChunks(two.data(), two.size(), &chunks);
  ASSERT_EQ(chunks.size(), 3u);
  EXPECT_EQ(chunks[1], (NerChunk{2, 3, 1}));
  EXPECT_EQ(chunks[2], (NerChunk{3, 4, 2}));
}

TEST(NerPropagate, OneSensePerDiscourse) {
  // Keys: 7 8 = "البنك التجاري", 9 = a club, 5 = a place; 0 = a mark.
  // Sentence 1: [7 8] ORG, [9] ORG twice; [5] LOC.
  // Sentence 2: 7 8 untagged (gets ORG), 9 untagged at the sentence's start
  //   (gets ORG), 5 untagged (LOC is not propagated), 7 alone (no match).
  // Sentence 3: 9 tagged PERS (ORG has the majority: stays PERS, the
  //   untagged 9 after it gets ORG); 7 | 8 across a sentence start: no match.
  const std::vector<uint64_t> keys = {7, 8, 9, 9, 5, 0,   // sentence 1
                                      9, 2, 7, 8, 5, 7,   // sentence 2
                                      9, 9, 2, 7,         // sentence 3
                                      8, 3, 9, 4};        // sentence 4: 8 alone; 9 before I-LOC
  std::vector<uint8_t> starts(keys.size(), 0);
  starts[0] = starts[6] = starts[12] = starts[16] = 1;
  auto tags = Tags({"B-ORG", "I-ORG", "B-ORG", "B-ORG", "B-LOC", "O",
                    "O", "O", "O", "O", "O", "O",
                    "B-PERS", "O", "O", "O",
                    "O", "O", "O", "I-LOC"});
  PropagateNames(keys.data(), starts.data(), keys.size(), 4 | 8, tags.data());
  EXPECT_EQ(tags, Tags({"B-ORG", "I-ORG", "B-ORG", "B-ORG", "B-LOC", "O",
                        "B-ORG", "O", "B-ORG", "I-ORG", "O", "O",
                        "B-PERS", "B-ORG", "O", "O",
                        "O", "O", "O", "I-LOC"}));
  // Types 0: nothing changes.
  auto before = Tags({"B-ORG", "O", "O"});
  std::vector<uint64_t> k2 = {4, 4, 4};
  std::vector<uint8_t> s2 = {1, 0, 0};
  auto after = before;
  PropagateNames(k2.data(), s2.data(), 3, 0, after.data());
  EXPECT_EQ(after, before);
  PropagateNames(k2.data(), s2.data(), 3, 4, after.data());
  EXPECT_EQ(after, Tags({"B-ORG", "B-ORG", "B-ORG"}));
}

TEST(NerTrainingNames, JackknifedAndFilteredByShare) {
  // Keys 10 (ORG in folds 0 and 1), 20 (PERS in fold 1, but 3 times O
  // there), 30 (LOC in fold 2, once MISC too).
  std::vector<TrainingName> names = {{10, 2, 0}, {10, 2, 1}, {20, 0, 1}, {30, 1, 2}, {30, 3, 2}};
  std::vector<std::pair<uint64_t, int>> occ = {{10, 0}, {10, 1}, {20, 1}, {20, 1}, {20, 1},
                                               {20, 1}, {30, 2}, {30, 2}, {99, 0}};
  using Rows = std::vector<std::pair<uint64_t, uint32_t>>;
  // All folds at share 0.5: 20 is an entity in 1 of 4 occurrences, dropped;
  // 30 is LOC in half and MISC in half of its 2: both kept.
  EXPECT_EQ(TrainingNameEntries(names, occ, -1, 0.5f), (Rows{{10, 4}, {30, 2 | 8}}));
  EXPECT_EQ(TrainingNameEntries(names, occ, -1, 0.2f), (Rows{{10, 4}, {20, 1}, {30, 2 | 8}}));
  EXPECT_EQ(TrainingNameEntries(names, occ, -1, 0.6f), (Rows{{10, 4}}));
  // Fold 2 sees only the names of folds 0 and 1; fold 0 not its own.
  EXPECT_EQ(TrainingNameEntries(names, occ, 2, 0.5f), (Rows{{10, 4}}));
  EXPECT_EQ(TrainingNameEntries(names, occ, 0, 0.5f), (Rows{{10, 4}, {30, 2 | 8}}));
  EXPECT_EQ(TrainingNameEntries(names, occ, 1, 0.5f), (Rows{{10, 4}, {30, 2 | 8}}));
}

TEST(NerTrainingNames, ListsInTheModel) {
  std::vector<NerSentence> train;
  ASSERT_TRUE(ParseNerConll("زار O\nنادي O\nبنفيكا B-ORG\nأمس O\n\n"
                            "فاز O\nدينامو B-ORG\nكييف I-ORG\n\n",
                            "x", true, &train)
                  .ok());
  NerTrainOptions o;
  o.epochs = 2;
  o.train_names = true;
  EntityTagger t =
      EntityTagger::Train(train, nullptr, Gazetteer(), WordClasses(), nullptr, o, nullptr);
  ASSERT_EQ(t.gazetteer().lists().size(), 4u);
  EXPECT_EQ(t.gazetteer().lists()[2], "training names ORG");
  auto key = [](std::initializer_list<const char*> words) {
    uint64_t k = 0;
    for (const char* w : words) {
      Utf8DecodeResult r;
      EXPECT_TRUE(DecodeUtf8(w, false, &r).ok());
      k = Gazetteer::Extend(k, r.code_points);
    }
    return k;
  };
  EXPECT_EQ(t.gazetteer().Find(key({"بنفيكا"})), 4u);
  EXPECT_EQ(t.gazetteer().Find(key({"دينامو", "كييف"})), 4u);
  EXPECT_EQ(t.gazetteer().Find(key({"كييف"})), 0u);
  EXPECT_EQ(t.gazetteer().Find(key({"نادي"})), 0u);
  const std::string path = ::testing::TempDir() + "/ner_names_test.bin";
  ASSERT_TRUE(t.Save(path, {}).ok());
  std::unique_ptr<EntityTagger> loaded;
  ASSERT_TRUE(EntityTagger::Load(path, &loaded).ok());
  EXPECT_EQ(loaded->gazetteer().lists().size(), 4u);
  EXPECT_EQ(loaded->gazetteer().Find(key({"دينامو", "كييف"})), 4u);
  o.train_names = false;
  EntityTagger off =
      EntityTagger::Train(train, nullptr, Gazetteer(), WordClasses(), nullptr, o, nullptr);
  EXPECT_EQ(off.gazetteer().lists().size(), 0u);
  EXPECT_EQ(off.gazetteer().Find(key({"بنفيكا"})), 0u);
  std::remove(path.c_str());
}

TEST(NerPropagate, KeptInTheModel) {
  // A tiny model; the propagate types survive Save / Load.
  std::vector<NerSentence> train;
  ASSERT_TRUE(ParseNerConll("زار O\nنادي O\nبنفيكا B-ORG\nأمس O\n\nفاز O\nسلتيك B-ORG\n\n",
                            "x", true, &train)
                  .ok());
  NerTrainOptions o;
  o.epochs = 2;
  o.propagate = 4 | 8;
  EntityTagger t =
      EntityTagger::Train(train, nullptr, Gazetteer(), WordClasses(), nullptr, o, nullptr);
  EXPECT_EQ(t.propagate_types(), 12);
  const std::string path = ::testing::TempDir() + "/ner_prop_test.bin";
  ASSERT_TRUE(t.Save(path, {}).ok());
  std::unique_ptr<EntityTagger> loaded;
  ASSERT_TRUE(EntityTagger::Load(path, &loaded).ok());
  EXPECT_EQ(loaded->propagate_types(), 12);
  o.propagate = 0;
  EntityTagger off =
      EntityTagger::Train(train, nullptr, Gazetteer(), WordClasses(), nullptr, o, nullptr);
  ASSERT_TRUE(off.Save(path, {}).ok());
  ASSERT_TRUE(EntityTagger::Load(path, &loaded).ok());
  EXPECT_EQ(loaded->propagate_types(), 0);
  std::remove(path.c_str());
}

// The analysis up to the entities (no persuasion, no check-worthiness).
std::unique_ptr<Analyzer> EntityAnalyzer() {
  AnalyzerOptions o;
  o.persuasion = false;
  o.checkworthiness = false;
  std::unique_ptr<Analyzer> analyzer;
  EXPECT_TRUE(Analyzer::Create(o, &analyzer).ok());
  return analyzer;
}

class NerSample : public ::testing::Test {
 protected:
  void SetUp() override {
    analyzer_ = EntityAnalyzer();
    ASSERT_NE(analyzer_, nullptr);
    if (!analyzer_->has_entity_tagger()) GTEST_SKIP() << "no models/ner/ner.bin";
    std::ifstream in(ISNAD_SOURCE_DIR "/data/samples/sana-2017-lavrov.txt");
    std::stringstream ss;
    ss << in.rdbuf();
    doc_ = test::MakeDocument(ss.str(), "sana");
    analyzer_->Analyze(&doc_);
  }
  // The entity with a mention whose text is exactly `text`, or null.
  const Entity* WithMention(const std::string& text) const {
    for (const Entity& e : doc_.entities)
      for (const Span& m : e.mentions)
        if (doc_.TextUtf8(m) == text) return &e;
    return nullptr;
  }
  std::unique_ptr<Analyzer> analyzer_;
  Document doc_;
};

TEST_F(NerSample, FindsPeoplePlacesAndOrganisations) {
  EXPECT_TRUE(doc_.layers & kLayerEntities);
  const Entity* lavrov = nullptr;
  for (const Entity& e : doc_.entities)
    if (e.name == "سيرغي لافروف") lavrov = &e;
  ASSERT_NE(lavrov, nullptr);
  EXPECT_EQ(lavrov->type, EntityType::kPer);
  const Entity* moscow = WithMention("موسكو");
  ASSERT_NE(moscow, nullptr);
  EXPECT_EQ(moscow->type, EntityType::kLoc);
  const Entity* mod = WithMention("وزارة الدفاع الروسية");
  ASSERT_NE(mod, nullptr);
  EXPECT_EQ(mod->type, EntityType::kOrg);
}

TEST_F(NerSample, LinksSurnameTitleAndBackReference) {
  const Entity* lavrov = WithMention("لافروف");
  ASSERT_NE(lavrov, nullptr);
  EXPECT_EQ(lavrov->name, "سيرغي لافروف");
  // Every "لافروف" in the text is a mention of that one entity.
  const std::u32string surname = U"لافروف";
  size_t occurrences = 0, covered = 0;
  for (size_t p = doc_.cps.find(surname); p != std::u32string::npos;
       p = doc_.cps.find(surname, p + 1)) {
    ++occurrences;
    const Span s{static_cast<uint32_t>(p), static_cast<uint32_t>(p + surname.size())};
    for (const Span& m : lavrov->mentions) covered += m.Contains(s);
  }
  EXPECT_GE(occurrences, 5u);
  EXPECT_EQ(covered, occurrences);
  // The title before the full name belongs to the mention.
  EXPECT_EQ(doc_.TextUtf8(lavrov->mentions.front()), "وزير الخارجية الروسي سيرغي لافروف");
  // الوزارة → وزارة الدفاع الروسية.
  const Entity* ministry = WithMention("الوزارة");
  ASSERT_NE(ministry, nullptr);
  EXPECT_EQ(ministry->name, "وزارة الدفاع الروسية");
  // Ids are E1, E2, ... in order of first mention.
  for (size_t e = 0; e < doc_.entities.size(); ++e)
    EXPECT_EQ(doc_.entities[e].id, "E" + std::to_string(e + 1));
}

TEST_F(NerSample, SpeakersCarryTheirEntity) {
  const Entity* lavrov = WithMention("لافروف");
  ASSERT_NE(lavrov, nullptr);
  bool found = false;
  for (const Attribution& a : doc_.attributions) {
    if (doc_.TextUtf8(a.cue) != "وقال" || !a.has_speaker) continue;
    if (doc_.TextUtf8(a.speaker) != "لافروف") continue;
    found = true;
    ASSERT_GE(a.entity, 0);
    EXPECT_EQ(&doc_.entities[a.entity], lavrov);
  }
  EXPECT_TRUE(found);
  // Every speaker has an entity, and its span overlaps one of its mentions.
  for (const Attribution& a : doc_.attributions) {
    if (!a.has_speaker) continue;
    ASSERT_GE(a.entity, 0) << doc_.TextUtf8(a.speaker);
    bool overlaps = false;
    for (const Span& m : doc_.entities[a.entity].mentions) overlaps |= m.Overlaps(a.speaker);
    EXPECT_TRUE(overlaps) << doc_.TextUtf8(a.speaker);
  }
  // An anonymous source is its own entity, not a named one.
  const Entity* source = WithMention("مصدر عسكري دبلوماسي روسي");
  ASSERT_NE(source, nullptr);
  EXPECT_EQ(source->type, EntityType::kMisc);
}

TEST(NerLinker, WashingtonIsTheUnitedStates) {
  AnalyzerOptions o;
  o.words = false;
  o.entities = false;
  std::unique_ptr<Analyzer> analyzer;
  ASSERT_TRUE(Analyzer::Create(o, &analyzer).ok());
  Document doc = test::MakeDocument(
      "قالت الولايات المتحدة إنها سترد. وأعلنت واشنطن أمس فرض عقوبات على موسكو.", "w");
  analyzer->Tokenize(&doc);
  auto token = [&](const std::u32string& text) {
    for (uint32_t i = 0; i < doc.tokens.size(); ++i)
      if (doc.Text(doc.tokens[i].span) == text) return i;
    return static_cast<uint32_t>(doc.tokens.size());
  };
  const uint32_t us = token(U"الولايات"), wa = token(U"واشنطن"), mo = token(U"موسكو");
  ASSERT_LT(wa, doc.tokens.size());
  ASSERT_LT(mo, doc.tokens.size());
  LinkEntities({{us, us + 2, 1}, {wa, wa + 1, 1}, {mo, mo + 1, 1}}, &doc);
  ASSERT_EQ(doc.entities.size(), 2u);
  EXPECT_EQ(doc.entities[0].name, "الولايات المتحدة");
  EXPECT_EQ(doc.entities[0].mentions.size(), 2u);
  EXPECT_EQ(doc.entities[1].name, "موسكو");
}

// An abbreviated name whose parts are joined by periods (SaudiNewsNet
// snn-aleqtisadiya-3234) was four mentions (اس LOC، بي ORG، دي ORG …); the
// parts joined by glued periods are one mention.
TEST(NerAnalysis, AbbreviatedNameWithPeriodsIsOneMention) {
  std::unique_ptr<Analyzer> analyzer = EntityAnalyzer();
  ASSERT_NE(analyzer, nullptr);
  if (!analyzer->has_entity_tagger()) GTEST_SKIP() << "no models/ner/ner.bin";
  Document doc = test::MakeDocument(
      "وانخفضت حيازات صندوق اس.بي.دي.ار جولد شيرز أكبر صندوق مؤشرات مدعوم بالذهب في العالم.", "spdr");
  analyzer->Analyze(&doc);
  std::vector<std::string> mentions;
  for (const Entity& e : doc.entities)
    for (const Span& m : e.mentions) mentions.push_back(doc.TextUtf8(m));
  EXPECT_NE(std::find(mentions.begin(), mentions.end(), "اس.بي.دي.ار جولد شيرز"), mentions.end());
  EXPECT_EQ(std::find(mentions.begin(), mentions.end(), "اس"), mentions.end());
}

// Scraped pages leave style sheets and scripts in the text (SaudiNewsNet// Scraped pages leave style sheets and scripts in the text (SaudiNewsNet
// snn-alriyadh-1393, two excerpts). The tagger reads some of their
// lower-case words as names (webkit-text-shadow ORG, return false PER before
// this rule); a run of Latin words without a capital is never a mention.
TEST(NerAnalysis, NoNameInLowerCaseLatinCode) {
  std::unique_ptr<Analyzer> analyzer = EntityAnalyzer();
  ASSERT_NE(analyzer, nullptr);
  if (!analyzer->has_entity_tagger()) GTEST_SKIP() << "no models/ner/ner.bin";
  Document doc = test::MakeDocument(
      "font:bold 12px Tahoma; color: #7b7a7a; -webkit-text-shadow: 0 1px 0 white; "
      "-moz-text-shadow: 0 1px 0 white; text-shadow: 0 1px 0 white; margin:0; padding-right: "
      "30px; } .box_vote h5 { margin: 10px; } .box_vote ul { margin: 0; padding: 0; }\n"
      "jQuery('#vote_area2').html('انتظر لحظات…'); url = jQuery(this).attr('action'); "
      "jQuery.post(url,{site:site , vote_id:vote_id} ,function(data){ "
      "jQuery('#vote_area2').html(data); }); return false; }); var plot1 = "
      "jQuery.jqplot('pie1', [[ ['a18\n"
      "وقال المتحدث باسم شركة Google إن الخدمة ستتوقف.",
      "js");
  analyzer->Analyze(&doc);
  std::vector<std::string> mentions;
  for (const Entity& e : doc.entities)
    for (const Span& m : e.mentions) mentions.push_back(doc.TextUtf8(m));
  for (const std::string& m : mentions) {
    bool capital = false, arabic = false;
    for (unsigned char c : m) {
      capital = capital || (c >= 'A' && c <= 'Z');
      arabic = arabic || c >= 0x80;
    }
    EXPECT_TRUE(capital || arabic) << "a lower-case Latin mention: " << m;
  }
  // A name in Latin letters stays.
  EXPECT_NE(std::find(mentions.begin(), mentions.end(), "Google"), mentions.end());
}

// Links hand-made mentions (the texts of their tokens, type: 0 PER, 1 LOC, 2 ORG)
// of `text`, analysed with the segmenter but without the entity tagger, so
// that only the linker is tested. False when the segmenter is missing.
bool LinkByHand(const std::string& text,
                std::initializer_list<std::pair<std::u32string_view, int>> names, Document* doc,
                const WordClasses* vocabulary = nullptr) {
  AnalyzerOptions o;
  o.entities = false;
  o.persuasion = false;
  o.checkworthiness = false;
  std::unique_ptr<Analyzer> analyzer;
  EXPECT_TRUE(Analyzer::Create(o, &analyzer).ok());
  if (!analyzer || !analyzer->has_word_tagger()) return false;
  *doc = test::MakeDocument(text, "p");
  analyzer->Analyze(doc);
  std::vector<EntityMention> mentions;
  for (auto [name, type] : names) {
    // The first run of tokens whose texts, joined by spaces, are `name`.
    bool found = false;
    for (uint32_t t = 0; t < doc->tokens.size() && !found; ++t) {
      std::u32string joined;
      for (uint32_t e = t; e < doc->tokens.size() && joined.size() < name.size(); ++e) {
        if (e > t) joined += U' ';
        joined += doc->Text(doc->tokens[e].span);
        if (joined == name) {
          mentions.push_back({t, e + 1, type});
          found = true;
          break;
        }
      }
    }
    EXPECT_TRUE(found);
  }
  LinkEntities(mentions, doc, vocabulary);
  return true;
}

// The word classes of the committed entity model, or null without it.
const WordClasses* ShippedWordClasses() {
  static const std::unique_ptr<EntityTagger> tagger = [] {
    std::unique_ptr<EntityTagger> t;
    if (!EntityTagger::Load(ISNAD_SOURCE_DIR "/models/ner/ner.bin", &t).ok()) t.reset();
    return t;
  }();
  return tagger ? &tagger->clusters() : nullptr;
}

// The entities' names, in order.
std::vector<std::string> EntityNames(const Document& doc) {
  std::vector<std::string> names;
  for (const Entity& e : doc.entities) names.push_back(e.name);
  return names;
}

// The texts of the mentions of the entity named `name` (none: empty).
std::vector<std::string> MentionsOf(const Document& doc, const std::string& name) {
  std::vector<std::string> texts;
  for (const Entity& e : doc.entities)
    if (e.name == name)
      for (const Span& m : e.mentions) texts.push_back(doc.TextUtf8(m));
  return texts;
}

// A preposition ب ل ك written onto a name is cut off the mention where the
// rest of the word is a name elsewhere in the document (لداعش … داعش), and
// left where it is a letter of the name (لندن).
TEST(NerLinker, PrepositionCutOnlyWhereTheRestIsAWord) {
  Document doc;
  if (!LinkByHand("أعلن تنظيم داعش مسؤوليته عن الهجوم في بريطانيا. وقالت لندن إن واشنطن قدمت "
                  "دعما لداعش ولبريطانيا.",
                  {{U"داعش", 2}, {U"بريطانيا", 1}, {U"لندن", 1}, {U"واشنطن", 1}, {U"لداعش", 2},
                   {U"ولبريطانيا", 1}},
                  &doc))
    GTEST_SKIP() << "no models/segpos/segpos.bin";
  EXPECT_EQ(EntityNames(doc), (std::vector<std::string>{"داعش", "بريطانيا", "لندن", "واشنطن"}));
  EXPECT_EQ(MentionsOf(doc, "داعش"), (std::vector<std::string>{"داعش", "داعش"}));
  EXPECT_EQ(MentionsOf(doc, "بريطانيا"), (std::vector<std::string>{"بريطانيا", "بريطانيا"}));
  EXPECT_EQ(MentionsOf(doc, "لندن"), (std::vector<std::string>{"لندن"}));
}

// The segmenter sometimes leaves ل or ب on a name (لطهران, one word): it is
// cut off where the rest is a word of the document, but not و ف ك, whose rests
// are often words (فيصل … يصل).
TEST(NerLinker, UnsplitPrepositionCutWhereTheRestIsADocumentWord) {
  Document doc;
  if (!LinkByHand("قالت طهران إن رفع العقوبات سيتيح لطهران تعزيز نموها. وقال فيصل إن القرار "
                  "يصل غدا.",
                  {{U"طهران", 1}, {U"لطهران", 1}, {U"فيصل", 0}}, &doc))
    GTEST_SKIP() << "no models/segpos/segpos.bin";
  for (const Token& t : doc.tokens) {
    if (doc.Text(t.span) == U"لطهران") {
      EXPECT_LE(t.word_count, 1u) << "the segmenter split it";
    }
  }
  EXPECT_EQ(EntityNames(doc), (std::vector<std::string>{"طهران", "فيصل"}));
  EXPECT_EQ(MentionsOf(doc, "طهران"), (std::vector<std::string>{"طهران", "طهران"}));
}

// ل + the article is written لل. The segmenter reads it so (وللأمم: و ل
// الأمم), and then the name is the article's word: its key joins الأمم
// المتحدة, a title behind it (للرئيس السابق) belongs to the name after it,
// and the entity's name puts the article's alif back. But a name that
// begins with ل (للندن) is read the same way; the frequent words of news
// know لندن and not الندن, so there the ل is cut.
TEST(NerLinker, LamAndTheArticle) {
  const WordClasses* word_classes = ShippedWordClasses();
  if (word_classes == nullptr) GTEST_SKIP() << "no models/ner/ner.bin";
  Document doc;
  if (!LinkByHand("قالت الأمم المتحدة إن الوضع خطير. وللأمم المتحدة دور في اليمن. ووجه الاتهام "
                  "للرئيس السابق علي عبد الله صالح. وزار الوزير لندن وللندن موقف.",
                  {{U"الأمم المتحدة", 2}, {U"وللأمم المتحدة", 2}, {U"اليمن", 1},
                   {U"علي عبد الله صالح", 0}, {U"لندن", 1}, {U"وللندن", 1}},
                  &doc, word_classes))
    GTEST_SKIP() << "no models/segpos/segpos.bin";
  EXPECT_EQ(EntityNames(doc), (std::vector<std::string>{"الأمم المتحدة", "اليمن", "علي عبد الله صالح", "لندن"}));
  EXPECT_EQ(MentionsOf(doc, "الأمم المتحدة"), (std::vector<std::string>{"الأمم المتحدة", "للأمم المتحدة"}));
  EXPECT_EQ(MentionsOf(doc, "علي عبد الله صالح"), (std::vector<std::string>{"للرئيس السابق علي عبد الله صالح"}));
  EXPECT_EQ(MentionsOf(doc, "لندن"), (std::vector<std::string>{"لندن", "لندن"}));
  // Alone, للأمم المتحدة is named الأمم المتحدة.
  if (!LinkByHand("دعا للأمم المتحدة إلى التحرك.", {{U"للأمم المتحدة", 2}}, &doc,
                  word_classes))
    return;
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].name, "الأمم المتحدة");
  // ل + لبنان: no name begins with لل, so the ل is cut even though للبنان is
  // itself a frequent word.
  if (!LinkByHand("قدمت السعودية هبة للبنان بقيمة 3 مليارات دولار.", {{U"للبنان", 1}}, &doc,
                  word_classes))
    return;
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].name, "لبنان");
}

// Where the rest of the word is no word of the document, the frequent words
// of news (the entity tagger's word classes) decide: ل is cut off a person
// (رواية لجيروم روبنز: "by"), ب off a place (بزيوريخ), but a ب or ك before a
// person or other name is a letter of it (بريان تريسي، كروتانا) even though
// the rest (ريان، روتانا) is a frequent word.
TEST(NerLinker, FrequentWordCutsOnlyWhereAPrepositionIsLikely) {
  const WordClasses* word_classes = ShippedWordClasses();
  if (word_classes == nullptr) GTEST_SKIP() << "no models/ner/ner.bin";
  Document doc;
  if (!LinkByHand("وقال في مؤتمر صحافي بزيوريخ إن فيلم وست سايد ستوري لجيروم روبنز نال جائزة. "
                  "ونسب العبارة إلى صاحبها بريان تريسي. وتعمل نظم «سيري»، و«كروتانا» بالصوت.",
                  {{U"بزيوريخ", 1}, {U"لجيروم روبنز", 0}, {U"بريان تريسي", 0}, {U"كروتانا", 3}},
                  &doc, word_classes))
    GTEST_SKIP() << "no models/segpos/segpos.bin";
  EXPECT_EQ(EntityNames(doc),
            (std::vector<std::string>{"زيوريخ", "جيروم روبنز", "بريان تريسي", "كروتانا"}));
}

// A generic head and the bare name are one entity, either first (تنظيم
// القاعدة … القاعدة، سيبيتوكي … ولاية سيبيتوكي), of the same type only; the
// head is what back-references repeat (التنظيم). جامعة القاهرة is no name of
// القاهرة.
TEST(NerLinker, GenericHeadAndBareName) {
  Document doc;
  if (!LinkByHand("قال القاعدة إنه نفذ الهجوم. وأكد تنظيم القاعدة ذلك. وأعلن التنظيم مسؤوليته. "
                  "وزار سيبيتوكي ثم ولاية سيبيتوكي. ودرس في جامعة القاهرة ثم عاد إلى القاهرة.",
                  {{U"القاعدة", 2}, {U"تنظيم القاعدة", 2}, {U"سيبيتوكي", 1}, {U"ولاية سيبيتوكي", 1},
                   {U"جامعة القاهرة", 2}, {U"القاهرة", 1}},
                  &doc))
    GTEST_SKIP() << "no models/segpos/segpos.bin";
  EXPECT_EQ(EntityNames(doc),
            (std::vector<std::string>{"تنظيم القاعدة", "ولاية سيبيتوكي", "جامعة القاهرة", "القاهرة"}));
  EXPECT_EQ(MentionsOf(doc, "تنظيم القاعدة"), (std::vector<std::string>{"القاعدة", "تنظيم القاعدة", "التنظيم"}));
}

// A name that begins like و ب ف ك + the article (كاليفورنيا) keeps its
// letters in the linking key; the same word with a clitic (بكاليفورنيا,
// والبرازيل … البرازيل) still joins it.
TEST(NerLinker, NameThatBeginsLikeACliticAndTheArticle) {
  Document doc;
  if (!LinkByHand("درس في جامعة كاليفورنيا ثم عمل في البرازيل. وانتقل إلى أوكلاند بكاليفورنيا "
                  "والبرازيل.",
                  {{U"كاليفورنيا", 1}, {U"البرازيل", 1}, {U"بكاليفورنيا", 1},
                   {U"والبرازيل", 1}},
                  &doc))
    GTEST_SKIP() << "no models/segpos/segpos.bin";
  ASSERT_EQ(doc.entities.size(), 2u);
  EXPECT_EQ(doc.entities[0].name, "كاليفورنيا");
  EXPECT_EQ(doc.entities[0].mentions.size(), 2u);
  EXPECT_EQ(doc.entities[1].name, "البرازيل");
  EXPECT_EQ(doc.entities[1].mentions.size(), 2u);
}

// The segmenter also reads the first letter of some names as a conjunction
// (فورد: ف ورد، روبن فان بيرسي: ف ان). ف before a word without the article,
// and و before one of one or two letters, are cut only on evidence that the
// rest is the name (a word of the document, and no function word: فان is
// "so that"), as ب ل ك are; و before a longer word is still always cut.
// Sentences of SaudiNewsNet (snn-aawsat-327, snn-aleqtisadiya-805,
// snn-aawsat-473).
TEST(NerLinker, ConjunctionLettersThatBeginAName) {
  const WordClasses* word_classes = ShippedWordClasses();
  if (word_classes == nullptr) GTEST_SKIP() << "no models/ner/ner.bin";
  Document doc;
  if (!LinkByHand("انضمت شركة فورد لسباق تطوير السيارات ذاتية القيادة. اعتبر المهاجم الدولي "
                  "الهولندي روبن فان بيرسي أن مواطنه لست غبيا. عز الدين يقاوم، وعز الدين كان "
                  "خياليا، ورحل بيرسي.",
                  {{U"فورد", 2},
                   {U"روبن فان بيرسي", 0},
                   {U"عز الدين", 0},
                   {U"وعز الدين", 0},
                   {U"بيرسي", 0}},
                  &doc, word_classes))
    GTEST_SKIP() << "no models/segpos/segpos.bin";
  // The cases only test the linker where the segmenter split the letter off.
  for (const Token& t : doc.tokens) {
    const std::u32string text(doc.Text(t.span));
    if (text == U"فورد" || text == U"فان" || text == U"وعز" || text == U"ورحل") {
      EXPECT_EQ(t.word_count, 2u) << "the segmenter left " << doc.TextUtf8(t.span) << " whole";
    }
  }
  EXPECT_EQ(EntityNames(doc), (std::vector<std::string>{"فورد", "روبن فان بيرسي", "عز الدين"}));
  EXPECT_EQ(MentionsOf(doc, "فورد"), (std::vector<std::string>{"فورد"}));
  EXPECT_EQ(MentionsOf(doc, "روبن فان بيرسي"),
            (std::vector<std::string>{"روبن فان بيرسي", "بيرسي"}));
  EXPECT_EQ(MentionsOf(doc, "عز الدين"), (std::vector<std::string>{"عز الدين", "عز الدين"}));
}

// A title on its own is a mention of the person seen with it only when it is
// definite (الرئيس الأميركي، رئيس الوزراء), not رئيس أميركي "a US president".
TEST(NerLinker, OnlyADefiniteTitleRefersBack) {
  Document doc;
  if (!LinkByHand("قال الرئيس الأميركي باراك أوباما إن الاتفاق جيد. ولم يسبق لرئيس أميركي أن زار "
                  "كوبا. وأضاف الرئيس الأميركي أنه متفائل.",
                  {{U"باراك أوباما", 0}, {U"كوبا", 1}}, &doc))
    GTEST_SKIP() << "no models/segpos/segpos.bin";
  EXPECT_EQ(MentionsOf(doc, "باراك أوباما"),
            (std::vector<std::string>{"الرئيس الأميركي باراك أوباما", "الرئيس الأميركي"}));
}

std::string RunIsnad(const std::string& args, int* rc) {
  std::string cmd = std::string(ISNAD_BINARY) + " " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  *rc = WEXITSTATUS(pclose(p));
  return out;
}

TEST(NerCli, ConllInKeepsTheLayoutAndScoresItself) {
  if (!std::filesystem::exists(ISNAD_SOURCE_DIR "/models/ner/ner.bin")) GTEST_SKIP();
  auto dir = std::filesystem::temp_directory_path() / "isnad_ner_test";
  std::filesystem::create_directories(dir);
  {
    std::ofstream(dir / "in.txt") << "وقال\nوزير\nالخارجية\nالروسي\nسيرغي\nلافروف\nفي\nموسكو\n.\n\n"
                                     "ونقلت\nوكالة\nالأنباء\n\n";
  }
  int rc = 0;
  std::string out = RunIsnad("ner --conll " + (dir / "in.txt").string(), &rc);
  ASSERT_EQ(rc, 0) << out;
  std::vector<NerSentence> s;
  ASSERT_TRUE(ParseNerConll(out, "out", true, &s).ok()) << out;
  ASSERT_EQ(s.size(), 2u);
  ASSERT_EQ(s[0].tokens.size(), 9u);
  EXPECT_EQ(s[1].tokens[2], "الأنباء");
  EXPECT_EQ(NerTagName(s[0].tags[4]), std::string("B-PERS"));
  EXPECT_EQ(NerTagName(s[0].tags[5]), std::string("I-PERS"));
  EXPECT_EQ(NerTagName(s[0].tags[7]), std::string("B-LOC"));
  // Its own output as gold scores 100.
  { std::ofstream(dir / "gold.txt") << out; }
  out = RunIsnad("eval ner " + (dir / "gold.txt").string(), &rc);
  EXPECT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("overall     100.00    100.00    100.00"), std::string::npos) << out;
  // A bad gold line: the file and line, exit 1.
  { std::ofstream(dir / "bad.txt") << "a O\nb B-PERSON\n"; }
  out = RunIsnad("eval ner " + (dir / "bad.txt").string(), &rc);
  EXPECT_EQ(rc, 1);
  EXPECT_NE(out.find("bad.txt:2"), std::string::npos) << out;
  out = RunIsnad("ner --conll " + (dir / "missing.txt").string(), &rc);
  EXPECT_NE(rc, 0);
  EXPECT_NE(out.find("missing.txt"), std::string::npos) << out;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace isnad
