#include "isnad/tag/conllu.h"

#include <charconv>

#include "isnad/io/input.h"
#include "isnad/text/utf8.h"

namespace isnad {
namespace {

bool ParseId(std::string_view s, int* a, int* b, bool* range, bool* empty_node) {
  *range = false;
  *empty_node = s.find('.') != std::string_view::npos;
  if (*empty_node) return true;
  size_t dash = s.find('-');
  auto num = [](std::string_view x, int* v) {
    auto r = std::from_chars(x.data(), x.data() + x.size(), *v);
    return r.ec == std::errc() && r.ptr == x.data() + x.size() && *v > 0;
  };
  if (dash == std::string_view::npos) {
    *b = 0;
    return num(s, a);
  }
  *range = true;
  return num(s.substr(0, dash), a) && num(s.substr(dash + 1), b) && *b + 1 >= *a;
}

}  // namespace

Status ParseConllu(std::string_view bytes, const std::string& name,
                   std::vector<ConlluSentence>* out) {
  out->clear();
  ConlluSentence cur;
  bool in_sentence = false;
  int range_end = 0;  // last word id of the open range, 0 when none
  int last_id = 0;
  size_t line_no = 0;
  auto finish = [&](size_t at) -> Status {
    if (!in_sentence) return Status::Ok();
    if (range_end != 0)
      return Status::Error(name + ":" + std::to_string(at) +
                           ": sentence ends inside a multiword token");
    if (cur.text.empty()) {
      for (size_t i = 0; i < cur.tokens.size(); ++i) {
        if (i) cur.text += ' ';
        cur.text += cur.tokens[i].form;
      }
    }
    if (!cur.tokens.empty()) out->push_back(std::move(cur));
    cur = ConlluSentence();
    in_sentence = false;
    last_id = 0;
    return Status::Ok();
  };
  size_t pos = 0;
  while (pos <= bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    std::string_view line =
        bytes.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    ++line_no;
    pos = nl == std::string_view::npos ? bytes.size() + 1 : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      Status st = finish(line_no);
      if (!st.ok()) return st;
      continue;
    }
    if (!in_sentence) {
      in_sentence = true;
      cur.line = line_no;
    }
    if (line[0] == '#') {
      constexpr std::string_view kText = "# text = ";
      if (line.substr(0, kText.size()) == kText) cur.text = std::string(line.substr(kText.size()));
      continue;
    }
    std::string_view cols[10];
    int ncol = 0;
    size_t start = 0;
    while (ncol < 10) {
      size_t tab = line.find('\t', start);
      cols[ncol++] =
          line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    std::string where = name + ":" + std::to_string(line_no) + ": ";
    if (ncol != 10 || line.find('\t', start) != std::string_view::npos)
      return Status::Error(where + "expected 10 tab-separated columns");
    int a = 0, b = 0;
    bool range = false, empty_node = false;
    if (!ParseId(cols[0], &a, &b, &range, &empty_node))
      return Status::Error(where + "bad ID '" + std::string(cols[0]) + "'");
    if (empty_node) continue;
    if (cols[1].empty()) return Status::Error(where + "empty FORM");
    if (range) {
      if (range_end != 0) return Status::Error(where + "nested multiword token");
      if (a != last_id + 1) return Status::Error(where + "range does not start at the next word");
      ConlluToken t;
      t.form = std::string(cols[1]);
      t.multiword = true;
      cur.tokens.push_back(std::move(t));
      range_end = b >= a ? b : 0;  // "26-25 _": a token of no words (PADT has a few)
      continue;
    }
    if (a != last_id + 1)
      return Status::Error(where + "word ID " + std::to_string(a) + " out of order");
    last_id = a;
    ConlluWord w;
    w.form = std::string(cols[1]);
    w.upos = UposFromName(cols[3]);
    if (w.upos == Upos::kNone && cols[3] != "_")
      return Status::Error(where + "unknown UPOS '" + std::string(cols[3]) + "'");
    if (range_end != 0) {
      cur.tokens.back().words.push_back(std::move(w));
      if (a == range_end) range_end = 0;
    } else {
      ConlluToken t;
      t.form = w.form;
      t.words.push_back(std::move(w));
      cur.tokens.push_back(std::move(t));
    }
  }
  return finish(line_no);
}

Status ReadConllu(const std::string& path, std::vector<ConlluSentence>* out) {
  std::string bytes;
  Status st = ReadInput(path, &bytes);
  if (!st.ok()) return st;
  return ParseConllu(bytes, path == "-" ? "<stdin>" : path, out);
}

void AppendConlluSentence(const Document& doc, uint32_t first_token, uint32_t end_token,
                          const std::string& sent_id, std::string* out) {
  if (!sent_id.empty()) out->append("# sent_id = ").append(sent_id).push_back('\n');
  out->append("# text =");
  if (first_token < end_token) {
    out->push_back(' ');
    Span s{doc.tokens[first_token].span.start, doc.tokens[end_token - 1].span.end};
    for (char32_t c : doc.Text(s)) AppendUtf8(c == '\n' || c == '\r' || c == '\t' ? U' ' : c, out);
  }
  out->push_back('\n');
  uint32_t id = 1;
  for (uint32_t i = first_token; i < end_token; ++i) {
    const Token& t = doc.tokens[i];
    if (t.word_count > 1) {
      out->append(std::to_string(id)).push_back('-');
      out->append(std::to_string(id + t.word_count - 1)).push_back('\t');
      for (char32_t c : doc.Text(t.span)) AppendUtf8(c, out);
      out->append("\t_\t_\t_\t_\t_\t_\t_\t_\n");
    }
    if (t.word_count == 0) {  // no words layer: the token as one word
      out->append(std::to_string(id++)).push_back('\t');
      for (char32_t c : doc.Text(t.span)) AppendUtf8(c, out);
      out->append("\t_\t_\t_\t_\t_\t_\t_\t_\n");
      continue;
    }
    for (uint32_t k = 0; k < t.word_count; ++k) {
      const Word& w = doc.words[t.first_word + k];
      out->append(std::to_string(id++)).push_back('\t');
      out->append(doc.Form(w));
      out->append("\t_\t");
      out->append(w.upos == Upos::kNone ? "_" : UposName(w.upos));
      out->append("\t_\t_\t_\t_\t_\t_\n");
    }
  }
  out->push_back('\n');
}

}  // namespace isnad
