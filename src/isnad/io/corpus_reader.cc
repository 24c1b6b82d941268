#include "isnad/io/corpus_reader.h"

#include <zlib.h>

#include <vector>

#include <nlohmann/json.hpp>

namespace isnad {

Status ForEachCorpusText(const std::string& path, const std::function<bool(std::string_view text)>& fn) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return Status::Error(path + ": cannot open corpus");
  gzbuffer(f, 1 << 18);
  std::vector<char> chunk(1 << 18);
  std::string buf;
  bool go_on = true;
  auto line = [&](std::string_view l) {
    auto j = nlohmann::json::parse(l.begin(), l.end(), nullptr, /*allow_exceptions=*/false);
    if (!j.is_object()) return;
    auto t = j.find("text");
    if (t == j.end() || !t->is_string()) return;
    go_on = fn(t->get_ref<const std::string&>());
  };
  int got = 0;
  while (go_on && (got = gzread(f, chunk.data(), static_cast<unsigned>(chunk.size()))) > 0) {
    buf.append(chunk.data(), static_cast<size_t>(got));
    size_t pos = 0, nl;
    while (go_on && (nl = buf.find('\n', pos)) != std::string::npos) {
      line(std::string_view(buf).substr(pos, nl - pos));
      pos = nl + 1;
    }
    buf.erase(0, pos);
  }
  if (go_on && !buf.empty()) line(buf);
  const bool failed = got < 0;
  gzclose(f);
  if (failed) return Status::Error(path + ": read error in the compressed corpus");
  return Status::Ok();
}

}  // namespace isnad
