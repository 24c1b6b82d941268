// Bad input at the command line: the real `isnad` binary is run on files
// written to a temporary folder, and each test checks what a user sees: the
// exit code (0 ok, 1 an input failed, 2 usage), stdout, and a stderr message
// that names the file and the place.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_util.h"

extern char** environ;

namespace isnad {
namespace {

namespace fs = std::filesystem;

struct RunResult {
  int exit_code = -1;  // -1: did not exit normally (crashed)
  std::string out;     // stdout, unless it was kept in a file
  std::string err;
};

class CliInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "isnad-cli-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Writes `bytes` to a file of the temp folder and returns its path.
  std::string Write(const std::string& name, const std::string& bytes) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

  // Runs `isnad args...` with stdin from `stdin_path` (/dev/null when
  // empty). stdout goes to `stdout_path` when given (and is not read back),
  // else into RunResult::out.
  RunResult Run(const std::vector<std::string>& args, const std::string& stdin_path = "",
                const std::string& stdout_path = "") {
    const std::string out_path = stdout_path.empty() ? (dir_ / "stdout").string() : stdout_path;
    const std::string err_path = (dir_ / "stderr").string();
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, stdin_path.empty() ? "/dev/null" : stdin_path.c_str(),
                                     O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&fa, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<std::string> argv_s = {ISNAD_BINARY};
    argv_s.insert(argv_s.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_s) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid;
    RunResult r;
    const int rc = posix_spawn(&pid, ISNAD_BINARY, &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) {
      ADD_FAILURE() << "cannot run " << ISNAD_BINARY;
      return r;
    }
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
    if (stdout_path.empty()) r.out = test::ReadFile(out_path);
    r.err = test::ReadFile(err_path);
    return r;
  }

  fs::path dir_;
};

// Each line of `out` parsed as JSON; a line that does not parse fails the test.
std::vector<nlohmann::json> JsonLines(const std::string& out) {
  std::vector<nlohmann::json> docs;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    EXPECT_FALSE(j.is_discarded()) << "not JSON: " << line.substr(0, 200);
    docs.push_back(std::move(j));
  }
  return docs;
}

bool Contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

const std::string kArticle = "قال وزير الخارجية إن المفاوضات \"ستستمر\" حتى 2017/11/14.\n";

TEST_F(CliInputTest, InvalidUtf8NamesFileAndByteOffset) {
  // "قال " is 7 bytes; the stray 0xFF is byte 7.
  const std::string path = Write("bad.txt", "قال \xff الوزير");
  RunResult r = Run({"analyze", path});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Contains(r.err, path + ": invalid UTF-8 at byte 7")) << r.err;
  EXPECT_EQ(r.out, "");

  r = Run({"analyze", "--lenient", path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.err, "replaced 1 invalid sequence")) << r.err;
  auto docs = JsonLines(r.out);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0]["text"], "قال \uFFFD الوزير");
}

TEST_F(CliInputTest, EmptyFileIsAnError) {
  const std::string empty = Write("empty.txt", "");
  RunResult r = Run({"analyze", empty});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Contains(r.err, empty + ": empty input")) << r.err;
  EXPECT_EQ(r.out, "");

  const std::string blank = Write("blank.txt", " \n\t\r\n");
  r = Run({"tokenize", blank});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Contains(r.err, blank + ": input has no text")) << r.err;

  const std::string empty_jsonl = Write("empty.jsonl", "\n\n");
  r = Run({"analyze", empty_jsonl});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Contains(r.err, empty_jsonl + ": empty input")) << r.err;
}

TEST_F(CliInputTest, MissingModelsFolderIsNamed) {
  const std::string text = Write("a.txt", kArticle);
  const std::string nowhere = (dir_ / "no-such-models").string();
  RunResult r = Run({"analyze", "--models", nowhere, text});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Contains(r.err, nowhere + " does not exist")) << r.err;
  EXPECT_EQ(r.out, "");
  // With every model stage skipped no folder is needed.
  r = Run({"analyze", "--models", nowhere, "--skip", "words,entities,persuasion,checkworthy", text});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

// Counts, without building a DOM, what the test needs of a huge document.
struct BigDocumentCheck : nlohmann::json_sax<nlohmann::json> {
  int depth = 0;
  std::string last_key;
  std::string text;
  bool in_tokens = false;
  size_t tokens = 0;
  uint64_t last_token_end = 0;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t v) override {
    if (in_tokens && depth == 3 && last_key == "end") last_token_end = v;
    return true;
  }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t& s) override {
    if (depth == 1 && last_key == "text") text = std::move(s);
    return true;
  }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override {
    ++depth;
    if (in_tokens && depth == 3) ++tokens;
    return true;
  }
  bool end_object() override {
    --depth;
    return true;
  }
  bool start_array(std::size_t) override {
    if (depth == 1) in_tokens = last_key == "tokens";  // nested arrays (words, upos) keep it
    ++depth;
    return true;
  }
  bool end_array() override {
    --depth;
    if (depth == 1) in_tokens = false;
    return true;
  }
  bool key(string_t& k) override {
    last_key = k;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }
};

TEST_F(CliInputTest, FiftyMegabyteSingleLineIsAnalysed) {
  // About 50 MB of Arabic sentences on one line, no newline at all.
  std::string text;
  text.reserve((size_t{50} << 20) + kArticle.size());
  const std::string sentence = kArticle.substr(0, kArticle.size() - 1) + " ";
  while (text.size() < (size_t{50} << 20)) text += sentence;
  const std::string path = Write("big.txt", text);
  const std::string out_path = (dir_ / "big.json").string();
  RunResult r = Run({"analyze", path}, "", out_path);
  ASSERT_EQ(r.exit_code, 0) << r.err;

  BigDocumentCheck check;
  FILE* f = std::fopen(out_path.c_str(), "rb");
  ASSERT_NE(f, nullptr);
  const bool ok = nlohmann::json::sax_parse(f, &check);
  std::fclose(f);
  ASSERT_TRUE(ok) << "output is not valid JSON";
  EXPECT_EQ(check.text.size(), text.size());
  EXPECT_TRUE(check.text == text);
  // Spans count code points: the last token ends before the final space.
  size_t cps = 0;
  for (unsigned char c : text) cps += (c & 0xC0) != 0x80;
  EXPECT_EQ(check.last_token_end, cps - 1);
  EXPECT_GT(check.tokens, text.size() / 20);
}

TEST_F(CliInputTest, NulBytesAreBinaryInput) {
  const std::string path = Write("nul.txt", std::string("قال") + '\0' + "الوزير");
  RunResult r = Run({"analyze", path});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Contains(r.err, path + ": NUL byte at byte 6")) << r.err;
  EXPECT_EQ(r.out, "");

  // An escaped NUL inside a JSON Lines text is binary too, named by line.
  const std::string jsonl = Write("nul.jsonl", "{\"id\":\"a\",\"text\":\"ab\\u0000c\"}\n");
  r = Run({"analyze", jsonl});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Contains(r.err, jsonl + ":1: NUL byte at byte 2")) << r.err;

  r = Run({"analyze", "--lenient", path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto docs = JsonLines(r.out);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0]["text"], "قال\uFFFDالوزير");
}

TEST_F(CliInputTest, MalformedJsonlLinesBetweenGoodOnes) {
  // 600 lines (more than one chunk of the batch), every 7th one broken in a
  // different way; two threads must still print the good ones in order.
  const std::vector<std::string> broken = {
      "{\"id\": \"x\", \"text\": \"قال",  // truncated
      "not json at all",
      "{\"id\": 1, \"text\": \"a\",}",  // trailing comma
      "}{",
  };
  std::string input;
  std::vector<std::string> good_ids;
  std::vector<size_t> bad_lines;
  for (size_t i = 1; i <= 600; ++i) {
    if (i % 7 == 0) {
      input += broken[(i / 7) % broken.size()] + "\n";
      bad_lines.push_back(i);
    } else {
      const std::string id = "doc-" + std::to_string(i);
      input += "{\"id\": \"" + id + "\", \"text\": \"قال الوزير " + std::to_string(i) + "\"}\n";
      good_ids.push_back(id);
    }
  }
  const std::string path = Write("batch.jsonl", input);
  for (const char* threads : {"1", "2"}) {
    RunResult r = Run({"analyze", "--threads", threads, path});
    EXPECT_EQ(r.exit_code, 1);
    auto docs = JsonLines(r.out);
    ASSERT_EQ(docs.size(), good_ids.size());
    for (size_t k = 0; k < docs.size(); ++k) {
      EXPECT_EQ(docs[k]["id"], good_ids[k]);
      const std::string n = good_ids[k].substr(4);
      EXPECT_EQ(docs[k]["text"], "قال الوزير " + n);
    }
    for (size_t line : bad_lines)
      EXPECT_TRUE(Contains(r.err, path + ":" + std::to_string(line) + ": not valid JSON"))
          << "line " << line << "\n" << r.err.substr(0, 500);
  }
}

TEST_F(CliInputTest, WrongJsonTypesAreNamed) {
  const std::string path = Write("types.jsonl",
                                 "{\"id\": \"ok1\", \"text\": \"قال\"}\n"
                                 "{\"text\": 5}\n"
                                 "[\"text\", \"قال\"]\n"
                                 "{\"id\": \"x\"}\n"
                                 "{\"text\": null}\n"
                                 "{\"id\": [1], \"text\": \"قال\"}\n"
                                 "\"قال\"\n"
                                 "{\"text\": \"a\", \"n\": 1e999}\n" +
                                     std::string(100000, '[') +
                                     "\n"
                                     "{\"text\": \"a\", \"m\": " +
                                     std::string(100000, '[') + std::string(100000, ']') +
                                     "}\n"
                                     "{\"id\": 7, \"text\": \"قال\", \"source\": {\"a\": [1]}}\n");
  RunResult r = Run({"analyze", path});
  EXPECT_EQ(r.exit_code, 1);
  auto docs = JsonLines(r.out);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0]["id"], "ok1");
  EXPECT_EQ(docs[1]["id"], "7");
  EXPECT_EQ(docs[1]["meta"], nlohmann::json::parse(R"({"source": {"a": [1]}})"));
  EXPECT_TRUE(Contains(r.err, path + ":2: \"text\" must be a string, not a number")) << r.err;
  EXPECT_TRUE(Contains(r.err, path + ":3: a record must be a JSON object with \"text\", not an array"))
      << r.err;
  EXPECT_TRUE(Contains(r.err, path + ":4: record has no \"text\"")) << r.err;
  EXPECT_TRUE(Contains(r.err, path + ":5: \"text\" must be a string, not null")) << r.err;
  EXPECT_TRUE(Contains(r.err, path + ":6: \"id\" must be a string or a number, not an array")) << r.err;
  EXPECT_TRUE(Contains(r.err, path + ":7: a record must be a JSON object with \"text\", not a string"))
      << r.err;
  EXPECT_TRUE(Contains(r.err, path + ":8: not valid JSON")) << r.err;
  EXPECT_TRUE(Contains(r.err, path + ":9: JSON nested deeper than")) << r.err;
  EXPECT_TRUE(Contains(r.err, path + ":10: JSON nested deeper than")) << r.err;
}

TEST_F(CliInputTest, JsonlInvalidUtf8IsNamedOrRepairedWhenLenient) {
  const std::string path = Write("utf8.jsonl",
                                 "{\"id\": \"a\", \"text\": \"قال\"}\n"
                                 "{\"id\": \"b\", \"text\": \"x\xffy\", \"note\": \"\xc3\"}\n"
                                 "{\"id\": \"c\", \"text\": \"جاء\"}\n");
  RunResult r = Run({"analyze", path});
  EXPECT_EQ(r.exit_code, 1);
  // Line 2 is `{"id": "b", "text": "x` (22 bytes) and then the 0xFF.
  EXPECT_TRUE(Contains(r.err, path + ":2: invalid UTF-8 at byte 22 of the line")) << r.err;
  auto docs = JsonLines(r.out);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0]["id"], "a");
  EXPECT_EQ(docs[1]["id"], "c");

  r = Run({"analyze", "--lenient", path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.err, path + ":2: replaced 2 invalid sequence")) << r.err;
  docs = JsonLines(r.out);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[1]["id"], "b");
  EXPECT_EQ(docs[1]["text"], "x\uFFFDy");
  EXPECT_EQ(docs[1]["meta"]["note"], "\uFFFD");
}

TEST_F(CliInputTest, MissingFileIsNamedAndOthersStillRun) {
  const std::string missing = (dir_ / "no-such-file.txt").string();
  const std::string good = Write("good.txt", kArticle);
  RunResult r = Run({"analyze", missing, good});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Contains(r.err, missing + ": cannot open")) << r.err;
  auto docs = JsonLines(r.out);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0]["id"], good);
}

TEST_F(CliInputTest, UsageErrorsExitTwo) {
  const std::string good = Write("good.txt", kArticle);
  const std::vector<std::vector<std::string>> cases = {
      {},                                       // no subcommand
      {"frobnicate"},                           // unknown subcommand
      {"analyze", "--no-such-flag", good},      // unknown flag
      {"analyze", "--threads", "0", good},      // out of range
      {"analyze", "--threads", "two", good},    // not a number
      {"analyze", "--format", "xml", good},     // not a choice
      {"tokenize", "--max-bytes", "-5", good},  // negative size
      {"tokenize", "--max-bytes", "0", good},   // no document could pass
      // a held-out part past the parts, or one without the other
      {"train", "ner", "--train", good, "--out", "x", "--seed", "1", "--dev-fold", "3",
       "--dev-folds", "2"},
      {"train", "ner", "--train", good, "--out", "x", "--seed", "1", "--dev-fold", "1"},
      {"train", "ner", "--train", good, "--out", "x", "--seed", "1", "--dev-fraction", "2"},
      // classes need a seed (k-means++); only the words file does not
      {"train", "clusters", "--corpus", good, "--out", "x"},
  };
  for (const auto& args : cases) {
    RunResult r = Run(args);
    std::string shown;
    for (const auto& a : args) shown += a + " ";
    EXPECT_EQ(r.exit_code, 2) << shown << "\n" << r.err;
    EXPECT_FALSE(r.err.empty()) << shown;
    EXPECT_EQ(r.out, "") << shown;
  }
}

TEST_F(CliInputTest, ClusterWordsNeedNoSeed) {
  // The words file for an embedding trainer is cut without randomness; the
  // classes (k-means++) are not, and need --seed (UsageErrorsExitTwo).
  const std::string corpus = Write("corpus.jsonl", "{\"text\": \"قال الوزير، أمس\"}\n");
  const std::string words = (dir_ / "words.txt").string();
  RunResult r = Run({"train", "clusters", "--corpus", corpus, "--write-words", "--out", words});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(test::ReadFile(words), "قال الوزير | امس\n");
}

TEST_F(CliInputTest, HelpOnEverySubcommand) {
  for (const std::string sub : {"", "analyze", "tokenize", "normalize", "eval", "serve", "tag", "ner", "train"}) {
    std::vector<std::string> args;
    if (!sub.empty()) args.push_back(sub);
    args.push_back("--help");
    RunResult r = Run(args);
    EXPECT_EQ(r.exit_code, 0) << sub << "\n" << r.err;
    EXPECT_TRUE(Contains(r.out, "Usage")) << sub << "\n" << r.out;
    if (!sub.empty()) {
      EXPECT_TRUE(Contains(r.out, sub)) << r.out;
    }
  }
}

TEST_F(CliInputTest, SkippedStagesLeaveTheirLayersOut) {
  const std::string in = Write("a.txt", kArticle);
  RunResult full = Run({"analyze", in});
  ASSERT_EQ(full.exit_code, 0) << full.err;
  RunResult lean = Run({"analyze", "--skip", "words,entities,persuasion,checkworthy", in});
  ASSERT_EQ(lean.exit_code, 0) << lean.err;
  auto docs = JsonLines(lean.out);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(docs[0].contains("attributions"));
  for (const char* layer : {"techniques", "claims", "persuasion", "checkworthy"})
    EXPECT_FALSE(docs[0].contains(layer)) << layer;
  EXPECT_FALSE(docs[0]["tokens"][0].contains("words"));
  // The attributions do not depend on the skipped stages' layers being printed.
  EXPECT_EQ(docs[0]["attributions"].size(), JsonLines(full.out)[0]["attributions"].size());
  EXPECT_EQ(Run({"analyze", "--skip", "nonsense", in}).exit_code, 2);
}

TEST_F(CliInputTest, StandardInput) {
  const std::string in = Write("stdin.txt", kArticle);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"analyze", "-"}, std::vector<std::string>{"analyze"}}) {
    RunResult r = Run(args, in);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    auto docs = JsonLines(r.out);
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_EQ(docs[0]["id"], "-");
    EXPECT_EQ(docs[0]["text"], kArticle);
  }

  const std::string jsonl = Write("stdin.jsonl",
                                  "{\"id\": \"a\", \"text\": \"قال\"}\n{oops\n"
                                  "{\"id\": \"b\", \"text\": \"جاء\"}\n");
  RunResult r = Run({"analyze", "--jsonl", "-"}, jsonl);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Contains(r.err, "-:2: not valid JSON")) << r.err;
  auto docs = JsonLines(r.out);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0]["id"], "a");
  EXPECT_EQ(docs[1]["id"], "b");

  const std::string empty = Write("stdin-empty", "");
  r = Run({"tokenize", "-"}, empty);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Contains(r.err, "-: empty input")) << r.err;
}

TEST_F(CliInputTest, RandomBinaryJunk) {
  std::mt19937 rng(20240601);
  for (int round = 0; round < 8; ++round) {
    std::string junk(1000 + rng() % 50000, '\0');
    for (char& c : junk) c = static_cast<char>(rng() & 0xFF);
    const std::string path = Write("junk" + std::to_string(round) + ".bin", junk);
    const std::string jsonl = Write("junk" + std::to_string(round) + ".jsonl", junk);
    for (const std::string cmd : {"analyze", "tokenize", "normalize"}) {
      RunResult r = Run({cmd, path});
      EXPECT_EQ(r.exit_code, 1) << cmd << " " << path << "\n" << r.err;
      EXPECT_TRUE(Contains(r.err, path + ": ")) << r.err;
      EXPECT_TRUE(Contains(r.err, " at byte ")) << r.err;
      EXPECT_EQ(r.out, "");

      // Lenient: every bad byte is replaced and the text is analysed.
      r = Run({cmd, "--lenient", path});
      EXPECT_EQ(r.exit_code, 0) << cmd << " " << path << "\n" << r.err;
      EXPECT_TRUE(Contains(r.err, "invalid sequence(s) with U+FFFD")) << r.err;
      EXPECT_FALSE(r.out.empty());
      if (cmd == "analyze") {
        auto docs = JsonLines(r.out);
        EXPECT_EQ(docs.size(), 1u);
      }

      // As JSON Lines, every line fails alone and is named; nothing crashes.
      r = Run({cmd, "--lenient", jsonl});
      EXPECT_EQ(r.exit_code, 1) << cmd << " " << jsonl << "\n" << r.err;
      EXPECT_TRUE(Contains(r.err, jsonl + ":")) << r.err;
    }
  }
}

}  // namespace
}  // namespace isnad
