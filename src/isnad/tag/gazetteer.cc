#include "isnad/tag/gazetteer.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "isnad/tag/linear_model.h"
#include "isnad/tag/word_classes.h"
#include "isnad/text/chars.h"
#include "isnad/text/utf8.h"

namespace isnad {
namespace {

// The table of (n-gram key, list bits) rows: one key each, the bits of its
// rows or'ed together.
KeyTable TableOf(std::vector<std::pair<uint64_t, uint32_t>> rows) {
  std::sort(rows.begin(), rows.end());
  std::vector<uint64_t> keys;
  std::vector<uint32_t> bits;
  for (const auto& [key, bit] : rows) {
    if (!keys.empty() && keys.back() == key) {
      bits.back() |= bit;
    } else {
      keys.push_back(key);
      bits.push_back(bit);
    }
  }
  KeyTable table;
  table.Set(std::move(keys), std::move(bits));
  return table;
}

}  // namespace

uint64_t Gazetteer::Extend(uint64_t key, std::u32string_view word) {
  return FeatureHash(0x6A2E + key).Add(word).value();
}

Status Gazetteer::LoadLists(const std::string& dir) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.path().extension() == ".lst") files.push_back(e.path());
  if (ec) return Status::Error(dir + ": cannot read gazetteer folder");
  std::sort(files.begin(), files.end());
  if (files.size() > 32) return Status::Error(dir + ": more than 32 gazetteer lists");
  std::vector<std::pair<uint64_t, uint32_t>> entries;
  lists_.clear();
  for (size_t k = 0; k < files.size(); ++k) {
    lists_.push_back(files[k].stem().string());
    std::ifstream in(files[k], std::ios::binary);
    if (!in) return Status::Error(files[k].string() + ": cannot open");
    std::string line;
    size_t line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      Utf8DecodeResult r;
      Status st = DecodeUtf8(line, false, &r);
      if (!st.ok()) return st.At(files[k].string() + ":" + std::to_string(line_no));
      uint64_t key = 0;
      int words = 0;
      std::u32string w;
      auto flush = [&]() {
        if (w.empty()) return;
        key = Extend(key, w);
        ++words;
        w.clear();
      };
      for (char32_t c : r.code_points) {
        if (c == 0xFEFF) continue;
        if (IsSpace(c)) {
          flush();
          continue;
        }
        if (char32_t l = NerLetter(c)) w.push_back(l);
      }
      flush();
      if (words == 0) continue;
      max_words_ = std::max(max_words_, words);
      entries.emplace_back(key, 1u << k);
    }
  }
  table_ = TableOf(std::move(entries));
  return Status::Ok();
}

Gazetteer Gazetteer::WithLists(const std::vector<std::string>& names,
                               const std::vector<std::pair<uint64_t, uint32_t>>& entries,
                               int words) const {
  Gazetteer g;
  g.lists_ = lists_;
  const int shift = static_cast<int>(lists_.size());
  for (const std::string& n : names) g.lists_.push_back(n);
  g.max_words_ = std::max(max_words_, words);
  std::vector<std::pair<uint64_t, uint32_t>> rows;
  for (size_t k = 0; k < table_.size(); ++k)
    rows.emplace_back(table_.keys()[k], table_.values()[k]);
  const uint32_t mask = g.lists_.size() >= 32 ? ~0u : (1u << g.lists_.size()) - 1;
  for (const auto& [key, bits] : entries)
    if (key != 0 && bits != 0) rows.emplace_back(key, (bits << shift) & mask);
  g.table_ = TableOf(std::move(rows));
  return g;
}

void Gazetteer::Save(ModelWriter* out) const {
  table_.Save("gazk", "gazb", out);
  std::vector<uint32_t> n = {static_cast<uint32_t>(max_words_)};
  out->AddArray("gazn", n);
  std::string names;
  for (const std::string& l : lists_) names += l + "\n";
  out->AddSection("gazl", names.data(), names.size());
}

Status Gazetteer::Load(const ModelReader& in) {
  std::vector<uint32_t> n;
  Status st = table_.Load("gazk", "gazb", in);
  if (st.ok()) st = in.Array("gazn", &n);
  std::string_view names;
  if (st.ok()) st = in.Section("gazl", &names);
  if (!st.ok()) return st;
  if (n.size() != 1 || n[0] > 16)
    return Status::Error(in.path() + ": inconsistent gazetteer");
  max_words_ = static_cast<int>(n[0]);
  lists_.clear();
  while (!names.empty()) {
    size_t nl = names.find('\n');
    lists_.emplace_back(names.substr(0, nl));
    names.remove_prefix(nl == std::string_view::npos ? names.size() : nl + 1);
  }
  return Status::Ok();
}


// ---------------------------------------------------------------- Tagger

}  // namespace isnad
