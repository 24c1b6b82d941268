#include "isnad/attrib/speaker_entities.h"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "isnad/attrib/source_kind.h"

namespace isnad {
namespace {

// Words that describe rather than name: a mention's "key" (its surname) is
// its last word that is none of these.
const std::unordered_set<std::string_view> kDescriptors = {
    "الروسي", "الامريكي", "الامريكية", "الروسية", "السعودي", "السعودية", "المصري", "المصرية",
    "العراقي", "العراقية", "اليمني", "الجزائري", "الكيني", "السوري", "السورية", "الرسمي",
    "الاعلامي", "العام", "الدولي", "الدولية", "السابق", "الحالي", "الاول", "المحلي", "المحليين",
    "محليين", "روسي", "امريكي", "عسكري", "عسكرية", "دبلوماسي", "مطلعة", "مطلع", "ميداني",
    "الصحي", "ايضا"};

struct Mention {
  Span span;
  std::vector<std::string_view> words;  // normalized, article stripped
  bool single_definite = false;
};

Mention MakeMention(const Document& doc, Span span) {
  Mention m;
  m.span = span;
  for (const Token& t : doc.tokens) {
    if (t.span.start >= span.end) break;
    if (t.span.end <= span.start) continue;
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kLatin) continue;
    m.words.push_back(StripArticle(doc.Norm(t)));
  }
  if (m.words.size() == 1) {
    std::string_view first = doc.Norm(doc.tokens.front());
    (void)first;
  }
  return m;
}

std::string_view Key(const Mention& m) {
  for (size_t i = m.words.size(); i-- > 0;) {
    std::string_view w = m.words[i];
    if (!kDescriptors.count(w) && w.size() > 4) return w;
  }
  return m.words.empty() ? std::string_view() : m.words.back();
}

}  // namespace

void LinkSpeakerEntities(Document* doc) {
  doc->entities.clear();
  struct EntityWork {
    std::vector<Mention> mentions;
    SourceKind kind;
  };
  std::vector<EntityWork> work;
  for (Attribution& a : doc->attributions) {
    a.entity = -1;
    if (!a.has_speaker) continue;
    Mention m = MakeMention(*doc, a.speaker);
    if (m.words.empty()) continue;
    const std::string_view key = Key(m);
    int32_t match = -1;
    // Latest entity first: a back-reference means the most recent one.
    for (int32_t e = static_cast<int32_t>(work.size()) - 1; e >= 0 && match < 0; --e) {
      for (const Mention& o : work[e].mentions) {
        if (o.span == m.span || o.words == m.words) {
          match = e;
          break;
        }
        if (Key(o) == key && !key.empty()) {
          match = e;
          break;
        }
        // A one-word mention (الوزارة، المحافظ، سومه) that is a word of an
        // earlier mention of a compatible kind.
        if (m.words.size() == 1) {
          for (std::string_view w : o.words)
            if (w == m.words[0]) match = e;
          if (match >= 0) break;
        }
      }
    }
    if (match < 0) {
      work.push_back({{}, a.kind});
      match = static_cast<int32_t>(work.size()) - 1;
    }
    bool seen = false;
    for (const Mention& o : work[match].mentions) seen |= o.span == m.span;
    if (!seen) work[match].mentions.push_back(std::move(m));
    a.entity = match;
  }
  doc->entities.reserve(work.size());
  for (size_t e = 0; e < work.size(); ++e) {
    Entity ent;
    ent.id = "E" + std::to_string(e + 1);
    ent.type = EntityTypeOfSource(work[e].kind);
    Span longest = work[e].mentions.front().span;
    for (const Mention& m : work[e].mentions) {
      ent.mentions.push_back(m.span);
      if (m.span.size() > longest.size()) longest = m.span;
    }
    std::sort(ent.mentions.begin(), ent.mentions.end(),
              [](const Span& x, const Span& y) { return x.start < y.start; });
    ent.name = doc->TextUtf8(longest);
    doc->entities.push_back(std::move(ent));
  }
}

}  // namespace isnad
