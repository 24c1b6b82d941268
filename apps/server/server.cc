// Server: routes, limits and error replies over cpp-httplib.
#include "server/server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <string>
#include <string_view>
#include <thread>

#include "server/fifo_slots.h"
#include "isnad/document.h"
#include "isnad/io/html_input.h"
#include "isnad/io/input.h"
#include "isnad/io/json_writer.h"
#include "web_assets.h"

#ifndef ISNAD_VERSION
#define ISNAD_VERSION "0.0.0"
#endif

namespace isnad::serve {
namespace {

using Clock = std::chrono::steady_clock;

constexpr char kJson[] = "application/json; charset=utf-8";
constexpr char kNdjson[] = "application/x-ndjson; charset=utf-8";
constexpr int kMaxSlots = 1024;

std::string ErrorJson(std::string_view message) {
  std::string out = "{\"error\":";
  AppendJsonString(message, &out);
  out += "}";
  return out;
}

void SetError(httplib::Response& res, int status, std::string_view message) {
  res.status = status;
  res.set_content(ErrorJson(message), kJson);
}

// The media type of a Content-Type header, lower case, without parameters;
// `*charset_ok` is false when a charset other than UTF-8 is named.
std::string MediaType(const std::string& header, bool* charset_ok) {
  std::string lower;
  lower.reserve(header.size());
  for (char c : header) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  auto trim = [](std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
  };
  std::string_view rest(lower);
  size_t semi = rest.find(';');
  std::string type(trim(rest.substr(0, semi)));
  *charset_ok = true;
  while (semi != std::string_view::npos) {
    rest.remove_prefix(semi + 1);
    semi = rest.find(';');
    std::string_view param = trim(rest.substr(0, semi));
    if (param.substr(0, 8) == "charset=") {
      std::string_view cs = param.substr(8);
      if (cs.size() >= 2 && cs.front() == '"' && cs.back() == '"') cs = cs.substr(1, cs.size() - 2);
      *charset_ok = cs == "utf-8" || cs == "utf8";
    }
  }
  return type;
}

bool IsBatchType(std::string_view t) {
  return t == "application/x-ndjson" || t == "application/ndjson" || t == "application/jsonl" ||
         t == "application/x-jsonlines" || t == "application/jsonlines";
}

// Takes one of the `count` admission places, or fails at once when none is left.
class Admission {
 public:
  Admission(std::atomic<int>* in_flight, int limit) : in_flight_(in_flight) {
    admitted_ = in_flight_->fetch_add(1) < limit;
    if (!admitted_) in_flight_->fetch_sub(1);
  }
  ~Admission() {
    if (admitted_) in_flight_->fetch_sub(1);
  }
  bool admitted() const { return admitted_; }

 private:
  std::atomic<int>* in_flight_;
  bool admitted_ = false;
};

}  // namespace

struct Server::Impl {
  const Analyzer* analyzer;
  ServerOptions options;
  httplib::Server http;
  int port = -1;
  int listen_socket = -1;  // seen by the socket options callback
  std::atomic<int> in_flight{0};
  int slots_total = 1;
  FifoSlots slots;  // analysis workers, handed out in arrival order

  Impl(const Analyzer* a, ServerOptions o)
      : analyzer(a),
        options(std::move(o)),
        slots_total(std::clamp(options.threads > 0
                                   ? options.threads
                                   : static_cast<int>(std::max(1u, std::thread::hardware_concurrency())),
                               1, kMaxSlots)),
        slots(slots_total) {}

  void Setup();
  void Analyze(const httplib::Request& req, httplib::Response& res);
  void Health(httplib::Response& res);
  void Static(const httplib::Request& req, httplib::Response& res);
  void WrongMethod(const httplib::Request& req, httplib::Response& res);
};

void Server::Impl::Setup() {
  const int pool = std::max(1, options.max_concurrent) + 8;
  http.new_task_queue = [pool] { return new httplib::ThreadPool(static_cast<size_t>(pool)); };
  http.set_payload_max_length(options.max_body_bytes);
  http.set_read_timeout(std::max(1, options.timeout_seconds), 0);
  http.set_write_timeout(std::max(1, options.timeout_seconds), 0);
  http.set_keep_alive_max_count(1000);
  http.set_tcp_nodelay(true);
  http.set_socket_options([this](socket_t sock) {
    httplib::default_socket_options(sock);  // SO_REUSEADDR, as without a callback
    listen_socket = sock;
  });

  http.Get("/healthz", [this](const httplib::Request&, httplib::Response& res) { Health(res); });
  http.Post("/v1/analyze",
            [this](const httplib::Request& req, httplib::Response& res) { Analyze(req, res); });
  http.Get(".*", [this](const httplib::Request& req, httplib::Response& res) { Static(req, res); });
  auto wrong = [this](const httplib::Request& req, httplib::Response& res) { WrongMethod(req, res); };
  http.Post(".*", wrong);
  http.Put(".*", wrong);
  http.Patch(".*", wrong);
  http.Delete(".*", wrong);
  http.Options(".*", wrong);

  // Replies that httplib makes itself (413 over the body limit, 400 for a
  // request it cannot parse, ...) get a JSON body too.
  http.set_error_handler(httplib::Server::HandlerWithResponse(
      [this](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    std::string message;
    switch (res.status) {
      case 400: message = "bad request"; break;
      case 404: message = "not found"; break;
      case 413:
        message = "request body exceeds the limit of " + std::to_string(options.max_body_bytes) +
                  " bytes";
        break;
      case 414: message = "request URI too long"; break;
      case 416: message = "range not satisfiable"; break;
      default: message = "error " + std::to_string(res.status); break;
    }
    res.set_content(ErrorJson(message), kJson);
    return httplib::Server::HandlerResponse::Handled;
  }));
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "internal error";
        try {
          if (ep) std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what += std::string(": ") + e.what();
        } catch (...) {
        }
        SetError(res, 500, what);
      });
}

void Server::Impl::Health(httplib::Response& res) {
  std::string body = "{\"status\":\"ok\",\"version\":\"" ISNAD_VERSION "\",\"in_flight\":";
  body += std::to_string(in_flight.load());
  body += ",\"max_concurrent\":" + std::to_string(options.max_concurrent);
  body += ",\"threads\":" + std::to_string(slots_total) + "}";
  res.set_content(body, kJson);
}

void Server::Impl::Static(const httplib::Request& req, httplib::Response& res) {
  if (req.path == "/v1/analyze") {
    WrongMethod(req, res);
    return;
  }
  const WebAsset* asset = FindWebAsset(req.path);
  if (asset == nullptr) {
    SetError(res, 404, "not found: " + req.path);
    return;
  }
  res.set_content(asset->bytes.data(), asset->bytes.size(), std::string(asset->content_type).c_str());
  res.set_header("Cache-Control", "no-cache");
  res.set_header("X-Content-Type-Options", "nosniff");
}

void Server::Impl::WrongMethod(const httplib::Request& req, httplib::Response& res) {
  const char* allow = nullptr;
  if (req.path == "/v1/analyze") {
    allow = "POST";
  } else if (req.path == "/healthz" || FindWebAsset(req.path) != nullptr) {
    allow = "GET, HEAD";
  }
  if (allow == nullptr) {
    SetError(res, 404, "not found: " + req.path);
    return;
  }
  res.set_header("Allow", allow);
  SetError(res, 405, "method " + req.method + " not allowed on " + req.path + " (allowed: " + allow + ")");
}

void Server::Impl::Analyze(const httplib::Request& req, httplib::Response& res) {
  const Clock::time_point deadline = Clock::now() + std::chrono::seconds(options.timeout_seconds);
  bool charset_ok = true;
  const std::string type = MediaType(req.get_header_value("Content-Type"), &charset_ok);
  const bool batch = IsBatchType(type);
  if (!batch && type != "application/json" && type != "text/plain" && type != "text/html") {
    SetError(res, 415,
             type.empty() ? "no Content-Type: send application/json, text/plain, text/html or application/x-ndjson"
                          : "unsupported Content-Type '" + type +
                                "': send application/json, text/plain, text/html or application/x-ndjson");
    return;
  }
  if (!charset_ok) {
    SetError(res, 415, "unsupported charset: send UTF-8");
    return;
  }
  if (req.body.empty()) {
    SetError(res, 400, "empty body");
    return;
  }

  Admission admission(&in_flight, options.max_concurrent);
  if (!admission.admitted()) {
    res.set_header("Retry-After", "1");
    SetError(res, 503, "server busy: " + std::to_string(options.max_concurrent) +
                           " requests in flight; retry later");
    return;
  }
  if (options.on_admitted) options.on_admitted();
  if (!slots.AcquireUntil(deadline)) {
    res.set_header("Retry-After", "1");
    SetError(res, 503, "server busy: no analysis worker free within the request time limit");
    return;
  }
  struct SlotRelease {
    FifoSlots* s;
    ~SlotRelease() { s->Release(); }
  } release{&slots};

  InputOptions input;
  input.max_document_bytes = options.max_body_bytes;
  JsonWriteOptions jopt;
  jopt.pretty = !batch && req.has_param("pretty") && req.get_param_value("pretty") != "0";
  Document doc;
  std::string out;

  if (!batch) {
    const std::string id = req.has_param("id") ? req.get_param_value("id") : "-";
    Status st;
    if (type == "text/plain") {
      st = SetDocumentText(id, req.body, input, &doc);
    } else if (type == "text/html") {
      // A web page: its article body is the text (analysis-json.md, Input).
      std::string text;
      st = ExtractHtmlText(req.body, &text);
      if (st.ok()) st = SetDocumentText(id, text, input, &doc);
    } else {
      st = ParseJsonlRecord(req.body, input, &doc);
    }
    if (!st.ok()) {
      SetError(res, 400, st.message());
      return;
    }
    analyzer->Analyze(&doc);
    AppendDocumentJson(doc, jopt, &out);
    out.push_back('\n');
    res.set_content(std::move(out), kJson);
    return;
  }

  size_t lines = 0;
  bool analysed_one = false;
  ForEachLine(req.body, [&](size_t line_no, std::string_view line) {
    ++lines;
    auto line_error = [&](std::string_view message) {
      out += "{\"error\":";
      AppendJsonString(message, &out);
      out += ",\"line\":" + std::to_string(line_no) + "}\n";
    };
    // The first document always runs; later ones only within the time limit.
    if (analysed_one && Clock::now() > deadline) {
      line_error("request time limit of " + std::to_string(options.timeout_seconds) +
                 " s exceeded before this line; not analysed");
      return;
    }
    Status st = ParseJsonlRecord(line, input, &doc);
    if (!st.ok()) {
      line_error(st.message());
      return;
    }
    analyzer->Analyze(&doc);
    analysed_one = true;
    AppendDocumentJson(doc, jopt, &out);
    out.push_back('\n');
  });
  if (lines == 0) {
    SetError(res, 400, "empty batch: no line with a record");
    return;
  }
  res.set_content(std::move(out), kNdjson);
}

Server::Server(const Analyzer* analyzer, ServerOptions options)
    : impl_(std::make_unique<Impl>(analyzer, std::move(options))) {
  impl_->Setup();
}

Server::~Server() { Stop(); }

Status Server::Bind() {
  const ServerOptions& o = impl_->options;
  if (o.port == 0) {
    int port = impl_->http.bind_to_any_port(o.host);
    if (port <= 0) return Status::Error("cannot bind to " + o.host + " (any port)");
    impl_->port = port;
  } else {
    if (o.port < 0 || o.port > 65535) return Status::Error("bad port " + std::to_string(o.port));
    if (!impl_->http.bind_to_port(o.host, o.port))
      return Status::Error("cannot bind to " + o.host + ":" + std::to_string(o.port) +
                           " (in use, or not a local address?)");
    impl_->port = o.port;
  }
  // cpp-httplib listens with a backlog of 5 (compiled into Debian's
  // library). When many clients connect at once the kernel then drops
  // handshakes, and their first requests wait for a TCP retransmission: the
  // 1 s and 3 s tails of the load test. Listening again on the same socket
  // only raises the backlog (Linux, POSIX).
  if (impl_->listen_socket >= 0) ::listen(impl_->listen_socket, SOMAXCONN);
  return Status::Ok();
}

int Server::port() const { return impl_->port; }

Status Server::Run() {
  if (impl_->port < 0) {
    Status st = Bind();
    if (!st.ok()) return st;
  }
  if (!impl_->http.listen_after_bind()) return Status::Error("the server failed while listening");
  return Status::Ok();
}

void Server::Stop() { impl_->http.stop(); }

}  // namespace isnad::serve
