#include "isnad/tag/ner_conll.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace isnad {

namespace {
const char* const kTagNames[kNerTags] = {"O",      "B-PERS", "I-PERS", "B-LOC", "I-LOC",
                                         "B-ORG",  "I-ORG",  "B-MISC", "I-MISC"};
const char* const kTypeNames[kNerTypes] = {"PERS", "LOC", "ORG", "MISC"};

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }
}  // namespace

const char* NerTagName(int tag) { return tag >= 0 && tag < kNerTags ? kTagNames[tag] : "O"; }
const char* NerTypeName(int type) { return type >= 0 && type < kNerTypes ? kTypeNames[type] : "?"; }

int NerTagFromName(std::string_view name) {
  if (name == "O") return 0;
  if (name.size() < 3 || name[1] != '-' || (name[0] != 'B' && name[0] != 'I')) return -1;
  std::string_view t = name.substr(2);
  int type = -1;
  if (t == "PERS" || t == "PER") type = 0;
  else if (t == "LOC") type = 1;
  else if (t == "ORG") type = 2;
  else if (t == "MISC") type = 3;
  if (type < 0) return -1;
  return name[0] == 'B' ? NerBegin(type) : NerInside(type);
}

Status ParseNerConll(std::string_view text, const std::string& name, bool tags,
                     std::vector<NerSentence>* out) {
  out->clear();
  NerSentence cur;
  size_t line_no = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // BOM
  while (!text.empty()) {
    ++line_no;
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    // Fields separated by spaces or tabs.
    std::vector<std::string_view> fields;
    size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && IsBlank(line[i])) ++i;
      size_t j = i;
      while (j < line.size() && !IsBlank(line[j])) ++j;
      if (j > i) fields.push_back(line.substr(i, j - i));
      i = j;
    }
    if (fields.empty()) {
      if (!cur.tokens.empty()) out->push_back(std::move(cur));
      cur = NerSentence();
      continue;
    }
    if (cur.tokens.empty()) cur.line = line_no;
    cur.tokens.emplace_back(fields[0]);
    if (tags) {
      int t = fields.size() >= 2 ? NerTagFromName(fields.back()) : -1;
      if (t < 0)
        return Status::Error(name + ":" + std::to_string(line_no) +
                             (fields.size() < 2 ? ": expected 'token TAG'"
                                                : ": unknown tag '" + std::string(fields.back()) +
                                                      "' (O, B-/I-PERS, LOC, ORG, MISC)"));
      cur.tags.push_back(static_cast<uint8_t>(t));
    }
  }
  if (!cur.tokens.empty()) out->push_back(std::move(cur));
  return Status::Ok();
}

Status ReadNerConll(const std::string& path, bool tags, std::vector<NerSentence>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  return ParseNerConll(ss.str(), path, tags, out);
}

void AppendNerConll(const NerSentence& s, std::string* out) {
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    out->append(s.tokens[i]);
    out->push_back(' ');
    out->append(NerTagName(i < s.tags.size() ? s.tags[i] : 0));
    out->push_back('\n');
  }
  out->push_back('\n');
}

void NerChunks(const uint8_t* tags, size_t n, std::vector<NerChunk>* out) {
  out->clear();
  int open = -1;  // type of the chunk being read
  uint32_t first = 0;
  for (size_t i = 0; i <= n; ++i) {
    const int tag = i < n ? tags[i] : 0;
    const int type = NerTagType(tag);
    const bool starts = tag != 0 && (NerTagBegins(tag) || type != open);
    if (open >= 0 && (tag == 0 || starts)) {
      out->push_back({first, static_cast<uint32_t>(i), open});
      open = -1;
    }
    if (starts) {
      open = type;
      first = static_cast<uint32_t>(i);
    }
  }
}

void NerScores::Add(const uint8_t* g, const uint8_t* s, size_t n) {
  std::vector<NerChunk> gc, sc;
  NerChunks(g, n, &gc);
  NerChunks(s, n, &sc);
  for (const NerChunk& c : gc) ++gold[c.type];
  for (const NerChunk& c : sc) ++system[c.type];
  size_t a = 0;  // both lists are in order of first token
  for (const NerChunk& c : sc) {
    while (a < gc.size() && gc[a].first < c.first) ++a;
    if (a < gc.size() && gc[a] == c) ++correct[c.type];
  }
  tokens += n;
  for (size_t i = 0; i < n; ++i) tokens_correct += g[i] == s[i];
}

namespace {
size_t Sum(const std::array<size_t, kNerTypes>& a, int type) {
  if (type >= 0) return a[type];
  size_t s = 0;
  for (size_t v : a) s += v;
  return s;
}
}  // namespace

double NerScores::Precision(int type) const {
  size_t s = Sum(system, type);
  return s ? 100.0 * Sum(correct, type) / s : 0.0;
}
double NerScores::Recall(int type) const {
  size_t g = Sum(gold, type);
  return g ? 100.0 * Sum(correct, type) / g : 0.0;
}
double NerScores::F1(int type) const {
  double p = Precision(type), r = Recall(type);
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

std::string NerScores::Format() const {
  std::string out;
  char buf[256];
  std::snprintf(buf, sizeof buf, "tokens %zu, token accuracy %.2f%%\n", tokens,
                tokens ? 100.0 * tokens_correct / tokens : 0.0);
  out += buf;
  std::snprintf(buf, sizeof buf, "%-8s %9s %9s %9s %7s %7s %7s\n", "type", "precision", "recall",
                "F1", "gold", "system", "correct");
  out += buf;
  for (int t = -1; t < kNerTypes; ++t) {
    std::snprintf(buf, sizeof buf, "%-8s %9.2f %9.2f %9.2f %7zu %7zu %7zu\n",
                  t < 0 ? "overall" : NerTypeName(t), Precision(t), Recall(t), F1(t),
                  Sum(gold, t), Sum(system, t), Sum(correct, t));
    out += buf;
  }
  return out;
}

}  // namespace isnad
