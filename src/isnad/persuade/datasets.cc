#include "isnad/persuade/datasets.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "isnad/io/input.h"

namespace isnad {

SplitPart SplitOf(std::string_view key) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : key) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  switch (h % 5) {
    case 0: return SplitPart::kDev;
    case 1: return SplitPart::kTune;
    default: return SplitPart::kTrain;
  }
}

const char* SplitName(SplitPart part) {
  switch (part) {
    case SplitPart::kTrain: return "train";
    case SplitPart::kTune: return "tune";
    case SplitPart::kDev: return "dev";
  }
  return "?";
}

namespace {
std::string Str(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return {};
}

Status ForEachJson(const std::string& path, const std::function<Status(const nlohmann::json&)>& fn) {
  std::string bytes;
  Status st = ReadInput(path, &bytes);
  if (!st.ok()) return st;
  Status result;
  ForEachLine(bytes, [&](size_t line_no, std::string_view line) {
    if (!result.ok()) return;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      result = Status::Error(path + ":" + std::to_string(line_no) + ": not a JSON object");
      return;
    }
    Status s = fn(j);
    if (!s.ok()) result = s.At(path + ":" + std::to_string(line_no));
  });
  return result;
}
}  // namespace

Status ReadSpanFile(const std::string& path, std::vector<SpanItem>* out) {
  return ForEachJson(path, [&](const nlohmann::json& j) {
    SpanItem item;
    item.text = j.contains("paragraph") ? Str(j, "paragraph") : Str(j, "text");
    item.id = j.contains("paragraph_id") ? Str(j, "paragraph_id") : Str(j, "id");
    item.tweet = Str(j, "type") == "tweet";
    if (j.contains("page_id")) {
      item.key = Str(j, "page_id");
    } else if (item.tweet) {
      item.key = item.id;
    } else {
      const size_t us = item.id.rfind('_');
      item.key = us == std::string::npos ? item.id : item.id.substr(0, us);
    }
    if (item.text.empty()) return Status::Error("no text");
    size_t n = 0;  // code points
    for (unsigned char c : item.text) n += (c & 0xC0) != 0x80;
    if (j.contains("labels") && j["labels"].is_array()) {
      for (const auto& l : j["labels"]) {
        if (!l.is_object() || !l.contains("start") || !l.contains("end")) return Status::Error("bad label");
        LabeledSpan s;
        s.span.start = l["start"].get<uint32_t>();
        s.span.end = l["end"].get<uint32_t>();
        s.technique = Str(l, "technique");
        // A few gold spans of the shared data run past the text: clip them.
        s.span.end = std::min<uint32_t>(s.span.end, static_cast<uint32_t>(n));
        if (s.span.start >= s.span.end) continue;
        item.labels.push_back(std::move(s));
      }
    }
    out->push_back(std::move(item));
    return Status::Ok();
  });
}

Status ReadJudgementFile(const std::string& path, std::vector<LabeledText>* out) {
  return ForEachJson(path, [&](const nlohmann::json& j) {
    LabeledText t;
    t.id = Str(j, "id");
    t.text = Str(j, "text");
    if (t.text.empty()) return Status::Error("no text");
    if (j.contains("label")) {
      const auto& l = j["label"];
      t.label = l.is_boolean() ? l.get<bool>() : (l.is_string() && l.get<std::string>() == "true");
    }
    if (j.contains("labels") && j["labels"].is_array())
      for (const auto& l : j["labels"])
        if (l.is_string()) t.labels.push_back(l.get<std::string>());
    out->push_back(std::move(t));
    return Status::Ok();
  });
}

Status ReadCheckworthyFile(const std::string& path, std::vector<LabeledText>* out) {
  std::string bytes;
  Status st = ReadInput(path, &bytes);
  if (!st.ok()) return st;
  Status result;
  ForEachLine(bytes, [&](size_t line_no, std::string_view line) {
    if (!result.ok() || line_no == 1) return;  // header
    std::vector<std::string_view> cols;
    size_t pos = 0;
    while (true) {
      size_t tab = line.find('\t', pos);
      cols.push_back(line.substr(pos, tab == line.npos ? line.npos : tab - pos));
      if (tab == line.npos) break;
      pos = tab + 1;
    }
    if (cols.size() < 4) {
      result = Status::Error(path + ":" + std::to_string(line_no) + ": expected 4 tab-separated columns");
      return;
    }
    LabeledText t;
    t.id = std::string(cols[0]);
    // The text may itself hold tabs: everything between url and label.
    const size_t text_start = cols[0].size() + cols[1].size() + 2;
    const size_t text_end = line.size() - cols.back().size() - 1;
    t.text = std::string(line.substr(text_start, text_end - text_start));
    t.label = cols.back() == "Yes";
    out->push_back(std::move(t));
  });
  return result;
}

}  // namespace isnad
