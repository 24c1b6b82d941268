// Word classes: the corpus cut into words for an external embedding trainer,
// and classes built from the vectors it writes.
#include "isnad/tag/word_classes.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "isnad/text/utf8.h"
#include "test_util.h"

namespace isnad {
namespace {

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("isnad-clusters-" + name + "-" + std::to_string(getpid())))
      .string();
}

void WriteText(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

uint32_t ClassOf(const WordClasses& c, const std::string& word, int level) {
  Utf8DecodeResult r;
  (void)DecodeUtf8(word, true, &r);
  std::u32string letters;
  for (char32_t ch : r.code_points) letters.push_back(NerLetter(ch));
  return WordClasses::Level(c.Find(letters), level);
}

// One article a line; the words as the classes key them (ى → ي, ة → ه, no
// diacritics); punctuation is the boundary token "|".
TEST(ClusterWords, OneArticleALineInTheLettersOfTheClasses) {
  const std::string corpus = TempPath("corpus.jsonl"), words = TempPath("words.txt");
  WriteText(corpus,
            "{\"text\": \"قالَ الوزير، إن مصر مستعدة.\"}\n"
            "{\"text\": \"وصل موسى\"}\n");
  ASSERT_TRUE(WriteClusterWords(corpus, 0, words).ok());
  EXPECT_EQ(test::ReadFile(words), "قال الوزير | ان مصر مستعده |\nوصل موسي\n");
  ASSERT_TRUE(WriteClusterWords(corpus, 1, words).ok());
  EXPECT_EQ(test::ReadFile(words), "قال الوزير | ان مصر مستعده |\n");
  std::filesystem::remove(corpus);
  std::filesystem::remove(words);
}

// Classes from given vectors: words with near vectors share a class, and a
// word of the vocabulary the file lacks has none.
TEST(ClusterWords, ClassesFromAVectorsFile) {
  const std::string corpus = TempPath("corpus2.jsonl"), vectors = TempPath("vectors.vec");
  WriteText(corpus, "{\"text\": \"موسكو انقرة موسكو انقرة لافروف كيري لافروف كيري باريس\"}\n");
  WriteText(vectors,
            "4 3\n"
            "موسكو 1 0.1 0\n"
            "انقرة 0.9 0 0.1\n"
            "لافروف 0 1 0.1\n"
            "كيري 0.1 0.9 0\n");
  WordClassOptions o;
  o.vectors = vectors;
  o.levels[0] = o.levels[1] = o.levels[2] = 2;
  WordClasses c;
  std::string log;
  ASSERT_TRUE(WordClasses::Build(corpus, o, &c, &log).ok()) << log;
  EXPECT_EQ(c.size(), 4u);
  EXPECT_NE(ClassOf(c, "موسكو", 0), 0u);
  EXPECT_EQ(ClassOf(c, "موسكو", 0), ClassOf(c, "انقرة", 0));
  EXPECT_EQ(ClassOf(c, "لافروف", 0), ClassOf(c, "كيري", 0));
  EXPECT_NE(ClassOf(c, "موسكو", 0), ClassOf(c, "كيري", 0));
  EXPECT_EQ(ClassOf(c, "باريس", 0), 0u);
  std::filesystem::remove(vectors);
  std::filesystem::remove(corpus);
}

// 1,024 classes at level 2: every word has a class at each level (the last
// class had overflowed the packed value and read as unknown).
TEST(ClusterWords, EveryClassOfTheFinestLevelIsKnown) {
  const std::string corpus = TempPath("corpus4.jsonl"), vectors = TempPath("many.vec");
  const std::u32string letters = U"بتثجحخدذرزسشصضطظعغفقكلمنهوي";
  std::vector<std::string> words;
  for (char32_t a : letters)
    for (char32_t b : letters)
      for (char32_t c : letters.substr(0, 2)) words.push_back(EncodeUtf8(std::u32string{a, b, c}));
  std::string text, vec = std::to_string(words.size()) + " 8\n";
  std::mt19937 rng(1);
  std::uniform_real_distribution<double> u(-1, 1);
  for (const std::string& w : words) {
    text += w + ' ';
    vec += w;
    for (int j = 0; j < 8; ++j) vec += ' ' + std::to_string(u(rng));
    vec += '\n';
  }
  WriteText(corpus, "{\"text\": \"" + text + "\"}\n");
  WriteText(vectors, vec);
  WordClassOptions o;
  o.vectors = vectors;
  o.iterations = 2;
  WordClasses c;
  ASSERT_TRUE(WordClasses::Build(corpus, o, &c, nullptr).ok());
  ASSERT_EQ(c.size(), words.size());
  std::vector<bool> seen(1025, false);
  for (const std::string& w : words) {
    for (int level = 0; level < 3; ++level)
      ASSERT_NE(ClassOf(c, w, level), 0u) << w << " " << level;
    const uint32_t id = ClassOf(c, w, 2);
    ASSERT_LE(id, 1024u);
    seen[id] = true;
  }
  EXPECT_TRUE(seen[1024]);
  std::filesystem::remove(vectors);
  std::filesystem::remove(corpus);
}

TEST(ClusterWords, BadVectorsFileNamesTheLine) {
  const std::string corpus = TempPath("corpus3.jsonl"), vectors = TempPath("bad.vec");
  WriteText(corpus, "{\"text\": \"موسكو انقرة\"}\n");
  WordClassOptions o;
  o.vectors = vectors;
  WordClasses c;
  WriteText(vectors, "2 3\nموسكو 1 0\n");
  Status st = WordClasses::Build(corpus, o, &c, nullptr);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find(vectors + ":2: expected 3 numbers"), std::string::npos)
      << st.message();
  WriteText(vectors, "not a header\n");
  st = WordClasses::Build(corpus, o, &c, nullptr);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find(vectors + ":1:"), std::string::npos) << st.message();
  o.vectors = TempPath("missing.vec");
  EXPECT_FALSE(WordClasses::Build(corpus, o, &c, nullptr).ok());
  std::filesystem::remove(vectors);
  std::filesystem::remove(corpus);
}

}  // namespace
}  // namespace isnad
