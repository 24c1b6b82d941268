#include "isnad/io/json_writer.h"

#include <charconv>
#include <cstdio>

namespace isnad {

void AppendJsonString(std::string_view s, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the pending run of bytes that need no escape
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    // Nearly every byte needs no escape: one test for them, first.
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    const char* esc = nullptr;
    char buf[7];
    if (c == '"') {
      esc = "\\\"";
    } else if (c == '\\') {
      esc = "\\\\";
    } else if (c == '\n') {
      esc = "\\n";
    } else if (c == '\r') {
      esc = "\\r";
    } else if (c == '\t') {
      esc = "\\t";
    } else if (c < 0x20) {
      buf[0] = '\\'; buf[1] = 'u'; buf[2] = '0'; buf[3] = '0';
      buf[4] = kHex[c >> 4]; buf[5] = kHex[c & 15]; buf[6] = 0;
      esc = buf;
    } else {
      continue;
    }
    out->append(s.data() + run, i - run);
    out->append(esc);
    run = i + 1;
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

namespace {

class Writer {
 public:
  Writer(bool pretty, std::string* out) : pretty_(pretty), out_(out) {}

  void Num(uint64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_->append(buf, r.ptr);
  }
  void Float(float v) {
    char buf[32];
    int n = std::snprintf(buf, sizeof buf, "%.4g", static_cast<double>(v));
    out_->append(buf, static_cast<size_t>(n));
  }
  void Str(std::string_view s) { AppendJsonString(s, out_); }
  void Bool(bool b) { out_->append(b ? "true" : "false"); }
  void Null() { out_->append("null"); }
  void Raw(std::string_view s) { out_->append(s); }

  // Object / array framing with optional indentation. `inline_` keeps a small
  // object on one line even in pretty mode.
  void Open(char c, bool inline_ = false) {
    out_->push_back(c);
    const bool parent_inline = depth_ > 0 && stack_[depth_ - 1].inline_;
    stack_[depth_] = Frame{inline_ || parent_inline, true};
    ++depth_;
  }
  void Close(char c) {
    --depth_;
    if (pretty_ && !stack_[depth_].inline_ && !stack_[depth_].first) Newline();
    out_->push_back(c);
  }
  void Key(std::string_view k) {
    Sep();
    out_->push_back('"');
    out_->append(k);
    out_->append(pretty_ ? "\": " : "\":");
  }
  void Item() { Sep(); }

 private:
  void Sep() {
    Frame& f = stack_[depth_ - 1];
    if (!f.first) out_->push_back(',');
    if (pretty_) {
      if (f.inline_) {
        if (!f.first) out_->push_back(' ');
      } else {
        Newline();
      }
    }
    f.first = false;
  }
  void Newline() {
    out_->push_back('\n');
    out_->append(static_cast<size_t>(depth_) * 2, ' ');
  }
  struct Frame {
    bool inline_;
    bool first;
  };
  bool pretty_;
  std::string* out_;
  Frame stack_[32];
  int depth_ = 0;
};

void SpanFields(Writer& w, Span s) {
  w.Key("start");
  w.Num(s.start);
  w.Key("end");
  w.Num(s.end);
}

void SpanObject(Writer& w, Span s) {
  w.Open('{', true);
  SpanFields(w, s);
  w.Close('}');
}

std::string AttributionId(size_t i) { return "A" + std::to_string(i + 1); }

}  // namespace

void AppendDocumentJson(const Document& doc, const JsonWriteOptions& options, std::string* out) {
  Writer w(options.pretty, out);
  w.Open('{');
  w.Key("id");
  w.Str(doc.id);
  w.Key("text");
  w.Str(doc.text);
  if (!doc.meta_json.empty()) {
    w.Key("meta");
    w.Raw(doc.meta_json);
  }
  if (doc.layers & kLayerSentences) {
    w.Key("sentences");
    w.Open('[');
    for (const Sentence& s : doc.sentences) {
      w.Item();
      SpanObject(w, s.span);
    }
    w.Close(']');
  }
  if (doc.layers & kLayerTokens) {
    w.Key("tokens");
    w.Open('[');
    for (const Token& t : doc.tokens) {
      w.Item();
      w.Open('{', true);
      SpanFields(w, t.span);
      w.Key("norm");
      w.Str(doc.Norm(t));
      if ((doc.layers & kLayerWords) && t.word_count > 0) {
        w.Key("words");
        w.Open('[');
        for (uint32_t k = 0; k < t.word_count; ++k) {
          w.Item();
          w.Str(doc.Form(doc.words[t.first_word + k]));
        }
        w.Close(']');
      }
      if ((doc.layers & kLayerUpos) && t.word_count > 0) {
        w.Key("upos");
        w.Open('[');
        for (uint32_t k = 0; k < t.word_count; ++k) {
          w.Item();
          w.Str(UposName(doc.words[t.first_word + k].upos));
        }
        w.Close(']');
      }
      w.Close('}');
    }
    w.Close(']');
  }
  if (doc.layers & kLayerEntities) {
    w.Key("entities");
    w.Open('[');
    for (const Entity& e : doc.entities) {
      w.Item();
      w.Open('{');
      w.Key("id");
      w.Str(e.id);
      w.Key("type");
      w.Str(EntityTypeName(e.type));
      w.Key("name");
      w.Str(e.name);
      w.Key("mentions");
      w.Open('[', true);
      for (const Span& m : e.mentions) {
        w.Item();
        SpanObject(w, m);
      }
      w.Close(']');
      w.Close('}');
    }
    w.Close(']');
  }
  if (doc.layers & kLayerAttributions) {
    w.Key("attributions");
    w.Open('[');
    for (size_t i = 0; i < doc.attributions.size(); ++i) {
      const Attribution& a = doc.attributions[i];
      w.Item();
      w.Open('{');
      w.Key("id");
      w.Str(AttributionId(i));
      w.Key("cue");
      SpanObject(w, a.cue);
      w.Key("speaker");
      if (a.has_speaker) {
        w.Open('{', true);
        SpanFields(w, a.speaker);
        w.Key("entity");
        if (a.entity >= 0 && static_cast<size_t>(a.entity) < doc.entities.size()) {
          w.Str(doc.entities[a.entity].id);
        } else {
          w.Null();
        }
        w.Key("kind");
        w.Str(SourceKindName(a.kind));
        w.Close('}');
      } else {
        w.Null();
      }
      w.Key("content");
      if (a.content.empty()) {
        w.Null();
      } else {
        SpanObject(w, a.content);
      }
      w.Key("direct");
      w.Bool(a.direct);
      w.Key("parent");
      if (a.parent >= 0) {
        w.Str(AttributionId(static_cast<size_t>(a.parent)));
      } else {
        w.Null();
      }
      w.Close('}');
    }
    w.Close(']');
  }
  if (doc.layers & kLayerTechniques) {
    w.Key("techniques");
    w.Open('[');
    for (const Technique& t : doc.techniques) {
      w.Item();
      w.Open('{', true);
      SpanFields(w, t.span);
      w.Key("technique");
      w.Str(t.technique);
      w.Key("score");
      w.Float(t.score);
      w.Close('}');
    }
    w.Close(']');
  }
  if (doc.layers & kLayerClaims) {
    w.Key("claims");
    w.Open('[');
    for (const Claim& c : doc.claims) {
      w.Item();
      w.Open('{', true);
      SpanFields(w, c.span);
      w.Key("checkworthy");
      w.Float(c.checkworthy);
      w.Key("sourced");
      w.Bool(c.sourced);
      w.Close('}');
    }
    w.Close(']');
  }
  if (doc.layers & kLayerPersuasion) {
    w.Key("persuasion");
    w.Open('{', true);
    w.Key("persuasive");
    w.Bool(doc.persuasion.label);
    w.Key("score");
    w.Float(doc.persuasion.score);
    w.Key("techniques");
    w.Open('[');
    for (const auto& t : doc.persuasion.techniques) {
      w.Item();
      w.Str(t);
    }
    w.Close(']');
    w.Close('}');
  }
  if (doc.layers & kLayerCheckworthy) {
    w.Key("checkworthy");
    w.Open('{', true);
    w.Key("label");
    w.Bool(doc.checkworthy.label);
    w.Key("score");
    w.Float(doc.checkworthy.score);
    w.Close('}');
  }
  w.Close('}');
}

}  // namespace isnad
