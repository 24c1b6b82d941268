// The HTTP API of `isnad serve`, in process on an ephemeral loopback port:
// every endpoint, every error reply, and that the server keeps serving after
// each.
#include "server/server.h"

#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <future>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "isnad/analyzer.h"
#include "isnad/io/input.h"
#include "isnad/io/json_writer.h"

namespace isnad::serve {
namespace {

using nlohmann::json;

std::string ReadFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

const std::string kSentence = "قال وزير الخارجية الروسي سيرغي لافروف إن الوضع في سورية يتحسن.";

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ASSERT_TRUE(Analyzer::Create({}, &analyzer_).ok());
  }
  static void TearDownTestSuite() { analyzer_.reset(); }

  void Start(ServerOptions options = {}) {
    options.host = "127.0.0.1";
    options.port = 0;
    server_ = std::make_unique<Server>(analyzer_.get(), options);
    ASSERT_TRUE(server_->Bind().ok());
    thread_ = std::thread([this] { run_status_ = server_->Run(); });
    client_ = NewClient();
    for (int i = 0; i < 200; ++i) {  // until it answers
      if (client_->Get("/healthz")) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    FAIL() << "server did not come up";
  }

  void TearDown() override {
    if (server_) {
      server_->Stop();
      thread_.join();
      EXPECT_TRUE(run_status_.ok()) << run_status_.message();
    }
  }

  std::unique_ptr<httplib::Client> NewClient() {
    auto c = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    c->set_read_timeout(30, 0);
    return c;
  }

  httplib::Result Post(const std::string& path, const std::string& body, const std::string& type) {
    return client_->Post(path.c_str(), body, type.c_str());
  }

  // The status and parsed body of an error reply: JSON {"error": string}.
  void ExpectError(const httplib::Result& r, int status, const std::string& needle = "") {
    ASSERT_TRUE(r) << "no response";
    EXPECT_EQ(r->status, status) << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type").rfind("application/json", 0), 0u);
    json j = json::parse(r->body, nullptr, false);
    ASSERT_TRUE(j.is_object()) << r->body;
    ASSERT_TRUE(j.contains("error") && j["error"].is_string()) << r->body;
    if (!needle.empty()) {
      EXPECT_NE(j["error"].get<std::string>().find(needle), std::string::npos) << r->body;
    }
    ExpectServing();
  }

  void ExpectServing() {
    auto c = NewClient();
    auto r = c->Get("/healthz");
    ASSERT_TRUE(r) << "server no longer answers";
    EXPECT_EQ(r->status, 200);
  }

  // What `isnad analyze` prints for `text` with `id` (one line).
  std::string Expected(const std::string& id, const std::string& text) {
    Document doc;
    EXPECT_TRUE(SetDocumentText(id, text, {}, &doc).ok());
    analyzer_->Analyze(&doc);
    std::string out;
    AppendDocumentJson(doc, {}, &out);
    return out + "\n";
  }

  // Sends raw bytes on a new connection; returns what came back.
  std::string Raw(const std::string& request) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(server_->port()));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    EXPECT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    EXPECT_EQ(send(fd, request.data(), request.size(), 0), static_cast<ssize_t>(request.size()));
    timeval tv{10, 0};  // a reply that never comes fails the test, not hangs it
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    std::string out;
    char buf[4096];
    ssize_t n;
    // Until the server closes, or one whole response (head + Content-Length) is in.
    while ((n = recv(fd, buf, sizeof buf, 0)) > 0) {
      out.append(buf, static_cast<size_t>(n));
      size_t head_end = out.find("\r\n\r\n");
      if (head_end == std::string::npos) continue;
      size_t cl = out.find("Content-Length: ");
      if (cl == std::string::npos || cl > head_end) continue;
      if (out.size() >= head_end + 4 + std::stoul(out.substr(cl + 16))) break;
    }
    close(fd);
    return out;
  }

  static std::unique_ptr<Analyzer> analyzer_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  Status run_status_;
  std::unique_ptr<httplib::Client> client_;
};

std::unique_ptr<Analyzer> ServerTest::analyzer_;

TEST_F(ServerTest, Healthz) {
  Start();
  auto r = client_->Get("/healthz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  json j = json::parse(r->body);
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["in_flight"], 0);
}

TEST_F(ServerTest, AnalyzeJsonGivesTheAnalysisDocument) {
  Start();
  json body = {{"text", kSentence}, {"id", "doc-1"}};
  auto r = Post("/v1/analyze", body.dump(), "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(r->body, Expected("doc-1", kSentence));
  json j = json::parse(r->body);
  EXPECT_EQ(j["id"], "doc-1");
  EXPECT_EQ(j["text"], kSentence);
  EXPECT_TRUE(j["sentences"].is_array());
  EXPECT_TRUE(j["attributions"].is_array());
}

TEST_F(ServerTest, AnalyzeJsonWithoutIdAndWithCharset) {
  Start();
  auto r = Post("/v1/analyze", json{{"text", kSentence}}.dump(), "Application/JSON; charset=UTF-8");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->body, Expected("", kSentence));
}

TEST_F(ServerTest, AnalyzeSampleArticleAsPlainText) {
  Start();
  const std::string article = ReadFile(ISNAD_SOURCE_DIR "/data/samples/sana-2017-lavrov.txt");
  ASSERT_FALSE(article.empty());
  auto r = Post("/v1/analyze?id=sana-2017-lavrov", article, "text/plain; charset=utf-8");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->body, Expected("sana-2017-lavrov", article));
}

TEST_F(ServerTest, PrettyIsTheSameDocumentIndented) {
  Start();
  auto compact = Post("/v1/analyze", kSentence, "text/plain");
  auto pretty = Post("/v1/analyze?pretty=1", kSentence, "text/plain");
  ASSERT_TRUE(compact && pretty);
  EXPECT_NE(compact->body, pretty->body);
  EXPECT_EQ(json::parse(compact->body), json::parse(pretty->body));
}

TEST_F(ServerTest, BatchGivesOneLineEachInOrderWithErrorsInPlace) {
  Start();
  std::string batch = json{{"id", "a"}, {"text", "قال لافروف إن الوضع جيد."}}.dump() + "\n" +
                      "{not json\n" +
                      "\n" +  // blank lines are skipped, as by `isnad analyze --jsonl`
                      json{{"id", "c"}}.dump() + "\r\n" +
                      json{{"id", 7}, {"text", kSentence}, {"source", "x"}}.dump() + "\n" +
                      "[1,2]\n";
  auto r = Post("/v1/analyze", batch, "application/x-ndjson");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type").rfind("application/x-ndjson", 0), 0u);
  std::vector<json> lines;
  std::istringstream in(r->body);
  for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
  ASSERT_EQ(lines.size(), 5u) << r->body;
  EXPECT_EQ(lines[0]["id"], "a");
  EXPECT_EQ(lines[1]["line"], 2);
  EXPECT_TRUE(lines[1]["error"].is_string());
  EXPECT_EQ(lines[2]["line"], 4);
  EXPECT_NE(lines[2]["error"].get<std::string>().find("text"), std::string::npos);
  EXPECT_EQ(lines[3]["id"], "7");
  EXPECT_EQ(lines[3]["meta"]["source"], "x");
  EXPECT_EQ(lines[4]["line"], 6);
  // Every good line is what a single request gives.
  auto single = Post("/v1/analyze", json{{"id", "a"}, {"text", "قال لافروف إن الوضع جيد."}}.dump(),
                     "application/json");
  ASSERT_TRUE(single);
  EXPECT_EQ(json::parse(single->body), lines[0]);
  // The other batch media types.
  for (const char* type : {"application/jsonl", "application/x-jsonlines"}) {
    auto b = Post("/v1/analyze", batch, type);
    ASSERT_TRUE(b);
    EXPECT_EQ(b->status, 200) << type;
    EXPECT_EQ(b->body, r->body) << type;
  }
}

TEST_F(ServerTest, BadJsonIs400) {
  Start();
  ExpectError(Post("/v1/analyze", "{\"text\": ", "application/json"), 400, "JSON");
  ExpectError(Post("/v1/analyze", "[\"text\"]", "application/json"), 400);
  ExpectError(Post("/v1/analyze", "{\"id\": \"x\"}", "application/json"), 400, "text");
  ExpectError(Post("/v1/analyze", "{\"text\": 5}", "application/json"), 400, "text");
  ExpectError(Post("/v1/analyze", "{\"text\": \"a\", \"id\": [1]}", "application/json"), 400, "id");
}

TEST_F(ServerTest, BadUtf8Is400) {
  Start();
  const std::string bad = "قال \xff\xfe لافروف";
  ExpectError(Post("/v1/analyze", bad, "text/plain"), 400, "UTF-8");
  ExpectError(Post("/v1/analyze", "{\"text\": \"" + bad + "\"}", "application/json"), 400);
  ExpectError(Post("/v1/analyze", std::string("a\0b", 3), "text/plain"), 400, "NUL");
  // In a batch, only that line fails.
  auto r = Post("/v1/analyze", "{\"text\": \"" + bad + "\"}\n{\"text\": \"نص\"}\n", "application/x-ndjson");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  std::istringstream in(r->body);
  std::string l1, l2;
  std::getline(in, l1);
  std::getline(in, l2);
  EXPECT_EQ(json::parse(l1)["line"], 1);
  EXPECT_EQ(json::parse(l2)["text"], "نص");
}

TEST_F(ServerTest, EmptyTextIs400) {
  Start();
  ExpectError(Post("/v1/analyze", "", "text/plain"), 400, "empty");
  ExpectError(Post("/v1/analyze", "  \n\t ", "text/plain"), 400);
  ExpectError(Post("/v1/analyze", "{\"text\": \"\"}", "application/json"), 400);
  ExpectError(Post("/v1/analyze", "\n\n", "application/x-ndjson"), 400, "empty batch");
}

TEST_F(ServerTest, TooLargeIs413) {
  ServerOptions o;
  o.max_body_bytes = 1000;
  Start(o);
  std::string small, big;
  while (small.size() + 21 < 1000) small += "قال لافروف ";  // 21 bytes
  big = small + small;
  ExpectError(Post("/v1/analyze", big, "text/plain"), 413, "1000");
  ExpectError(Post("/v1/analyze", json{{"text", big}}.dump(), "application/json"), 413);
  // Just under the limit is analysed.
  auto r = Post("/v1/analyze", small, "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
}

TEST_F(ServerTest, UnsupportedContentTypeIs415) {
  Start();
  ExpectError(Post("/v1/analyze", "text=abc", "application/x-www-form-urlencoded"), 415, "Content-Type");
  ExpectError(Post("/v1/analyze", "<p>نص</p>", "application/xml"), 415);
  ExpectError(Post("/v1/analyze", kSentence, "text/plain; charset=iso-8859-1"), 415, "charset");
  // No Content-Type header at all.
  std::string reply = Raw("POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                          "Connection: close\r\n\r\nabc");
  EXPECT_EQ(reply.rfind("HTTP/1.1 415", 0), 0u) << reply;
  ExpectServing();
}

TEST_F(ServerTest, HtmlPageIsAnalysedFromItsArticleBody) {
  Start();
  auto r = Post("/v1/analyze?id=page",
                "<html><body><nav>قائمة</nav><article><p>وقال لافروف: \"الوضع خطير جدا في المنطقة\".</p>"
                "</article></body></html>",
                "text/html; charset=utf-8");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json doc = json::parse(r->body);
  EXPECT_EQ(doc["id"], "page");
  EXPECT_EQ(doc["text"], "وقال لافروف: \"الوضع خطير جدا في المنطقة\".");
  ASSERT_EQ(doc["attributions"].size(), 1u);
  EXPECT_EQ(doc["attributions"][0]["direct"], true);
  ExpectError(Post("/v1/analyze", "<html><body><script>x</script></body></html>", "text/html"), 400);
  ExpectServing();
}

TEST_F(ServerTest, UnknownPathIs404) {
  Start();
  ExpectError(client_->Get("/nope"), 404);
  ExpectError(client_->Get("/v2/analyze"), 404);
  ExpectError(Post("/v1/analyse", kSentence, "text/plain"), 404);
  ExpectError(client_->Delete("/nope"), 404);
}

TEST_F(ServerTest, WrongMethodIs405WithAllow) {
  Start();
  auto r = client_->Get("/v1/analyze");
  ExpectError(r, 405);
  EXPECT_EQ(r->get_header_value("Allow"), "POST");
  ExpectError(client_->Put("/v1/analyze", kSentence, "text/plain"), 405);
  ExpectError(client_->Delete("/v1/analyze"), 405);
  r = Post("/healthz", "x", "text/plain");
  ExpectError(r, 405);
  EXPECT_EQ(r->get_header_value("Allow"), "GET, HEAD");
  ExpectError(Post("/", "x", "text/plain"), 405);
  ExpectError(client_->Patch("/index.html", "x", "text/plain"), 405);
  ExpectError(client_->Options("/healthz"), 405);
}

TEST_F(ServerTest, MalformedRequestsGetJsonErrors) {
  Start();
  std::string reply = Raw("BREW /pot HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(reply.rfind("HTTP/1.1 400", 0), 0u) << reply;
  EXPECT_NE(reply.find("{\"error\":"), std::string::npos) << reply;
  reply = Raw("this is not http\r\n\r\n");
  EXPECT_EQ(reply.rfind("HTTP/1.1 400", 0), 0u) << reply;
  ExpectServing();
}

TEST_F(ServerTest, ServesThePageAndItsFilesFromTheBinary) {
  Start();
  struct File {
    const char* path;
    const char* source;
    const char* type;
  };
  for (const File& f : {File{"/", "index.html", "text/html; charset=utf-8"},
                        File{"/index.html", "index.html", "text/html; charset=utf-8"},
                        File{"/app.js", "app.js", "text/javascript; charset=utf-8"},
                        File{"/style.css", "style.css", "text/css; charset=utf-8"},
                        File{"/fonts/NotoNaskhArabic-Regular.ttf", "fonts/NotoNaskhArabic-Regular.ttf", "font/ttf"}}) {
    auto r = client_->Get(f.path);
    ASSERT_TRUE(r) << f.path;
    EXPECT_EQ(r->status, 200) << f.path;
    EXPECT_EQ(r->get_header_value("Content-Type"), f.type) << f.path;
    EXPECT_EQ(r->body, ReadFile(std::string(ISNAD_SOURCE_DIR "/web/") + f.source)) << f.path;
  }
  auto page = client_->Get("/");
  EXPECT_NE(page->body.find("dir=\"rtl\""), std::string::npos);
  auto head = client_->Head("/app.js");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
}

TEST_F(ServerTest, NoPathTraversal) {
  Start();
  for (const char* path : {"/../CMakeLists.txt", "/fonts/../../CMakeLists.txt", "/%2e%2e/CMakeLists.txt",
                           "/..%2fCMakeLists.txt", "/fonts/..%2f..%2fREADME.md", "//etc/passwd",
                           "/web/index.html", "/fonts/", "/fonts"}) {
    std::string reply = Raw(std::string("GET ") + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_TRUE(reply.rfind("HTTP/1.1 404", 0) == 0 || reply.rfind("HTTP/1.1 400", 0) == 0)
        << path << "\n" << reply.substr(0, 200);
    EXPECT_EQ(reply.find("cmake_minimum_required"), std::string::npos) << path;
    EXPECT_EQ(reply.find("root:"), std::string::npos) << path;
  }
  ExpectServing();
}

TEST_F(ServerTest, OverTheConcurrencyLimitIs503AndServingGoesOn) {
  std::promise<void> entered, release;
  std::shared_future<void> release_f = release.get_future().share();
  std::atomic<int> calls{0};
  ServerOptions o;
  o.max_concurrent = 1;
  o.threads = 1;
  o.on_admitted = [&] {
    if (calls.fetch_add(1) == 0) {
      entered.set_value();
      release_f.wait();
    }
  };
  Start(o);
  auto first = std::async(std::launch::async, [&] {
    auto c = NewClient();
    return c->Post("/v1/analyze", kSentence, "text/plain");
  });
  entered.get_future().wait();  // the first request holds the only place
  auto busy = Post("/v1/analyze", kSentence, "text/plain");
  ExpectError(busy, 503, "busy");
  EXPECT_EQ(busy->get_header_value("Retry-After"), "1");
  auto health = client_->Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(json::parse(health->body)["in_flight"], 1);
  release.set_value();
  auto r1 = first.get();
  ASSERT_TRUE(r1);
  EXPECT_EQ(r1->status, 200);
  auto r3 = Post("/v1/analyze", kSentence, "text/plain");
  ASSERT_TRUE(r3);
  EXPECT_EQ(r3->status, 200);
}

TEST_F(ServerTest, BatchLinesAfterTheTimeLimitAreAnsweredWithAnError) {
  ServerOptions o;
  o.timeout_seconds = 1;
  // The request outlives its time limit before its first line is analysed.
  o.on_admitted = [] { std::this_thread::sleep_for(std::chrono::milliseconds(1100)); };
  Start(o);
  std::string batch;
  for (int i = 0; i < 3; ++i) batch += json{{"id", i}, {"text", kSentence}}.dump() + "\n";
  auto r = Post("/v1/analyze", batch, "application/x-ndjson");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  std::istringstream in(r->body);
  std::vector<json> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["id"], "0");  // the first document always runs
  for (int i = 1; i < 3; ++i) {
    EXPECT_EQ(lines[i]["line"], i + 1);
    EXPECT_NE(lines[i]["error"].get<std::string>().find("time limit"), std::string::npos);
  }
}

TEST_F(ServerTest, ConcurrentClientsGetTheirOwnResults) {
  Start();
  std::vector<std::future<bool>> results;
  for (int t = 0; t < 8; ++t) {
    results.push_back(std::async(std::launch::async, [this, t] {
      auto c = NewClient();
      for (int i = 0; i < 10; ++i) {
        std::string text = kSentence + " " + std::to_string(t * 100 + i);
        auto r = c->Post("/v1/analyze", json{{"id", std::to_string(t)}, {"text", text}}.dump(), "application/json");
        if (!r || r->status != 200) return false;
        json j = json::parse(r->body);
        if (j["text"] != text || j["id"] != std::to_string(t)) return false;
      }
      return true;
    }));
  }
  for (auto& f : results) EXPECT_TRUE(f.get());
}

TEST_F(ServerTest, RandomBodiesNeverCrashIt) {
  Start();
  std::mt19937 rng(12345);
  const char* types[] = {"application/json", "text/plain", "application/x-ndjson", "image/png", ""};
  const std::string pieces[] = {"{", "}", "\"text\"", ":", "\"", "\\u", "\xd9", "\x84", "\xff", "\n", "[",
                                "null", "قال", " ", "\0", "\"id\"", ",", "1e999", "\xf0\x9f"};
  for (int i = 0; i < 300; ++i) {
    std::string body;
    int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) body += pieces[rng() % std::size(pieces)];
    const char* type = types[rng() % std::size(types)];
    auto r = Post("/v1/analyze", body, type);
    ASSERT_TRUE(r) << "no reply to body #" << i;
    ASSERT_TRUE(r->status == 200 || r->status == 400 || r->status == 415) << r->status << " " << r->body;
    std::istringstream in(r->body);
    for (std::string line; std::getline(in, line);) {
      ASSERT_TRUE(json::accept(line)) << line;
    }
  }
  ExpectServing();
}

}  // namespace
}  // namespace isnad::serve
