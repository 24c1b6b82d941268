#include "isnad/attrib/speaker_entities.h"

#include <algorithm>
#include <string>
#include <unordered_map>
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
};

Mention MakeMention(const Document& doc, Span span) {
  Mention m;
  m.span = span;
  auto first = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), span.start,
                                [](const Token& t, uint32_t v) { return t.span.end <= v; });
  for (auto it = first; it != doc.tokens.end(); ++it) {
    const Token& t = *it;
    if (t.span.start >= span.end) break;
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kLatin) continue;
    m.words.push_back(StripArticle(doc.Norm(t)));
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
  // Lookups that make linking linear in the number of speakers: the latest
  // entity by full wording, by key (surname), and by any single word of its
  // mentions (for one-word back-references: الوزارة، المحافظ، سومه).
  std::unordered_map<std::string, int32_t> by_words;
  std::unordered_map<std::string_view, int32_t> by_key, by_word;
  std::unordered_set<uint64_t> seen_spans;
  for (Attribution& a : doc->attributions) {
    a.entity = -1;
    if (!a.has_speaker) continue;
    Mention m = MakeMention(*doc, a.speaker);
    if (m.words.empty()) continue;
    const std::string_view key = Key(m);
    std::string joined;
    for (std::string_view w : m.words) {
      joined.append(w);
      joined.push_back(' ');
    }
    int32_t match = -1;
    if (auto it = by_words.find(joined); it != by_words.end()) match = std::max(match, it->second);
    if (!key.empty())
      if (auto it = by_key.find(key); it != by_key.end()) match = std::max(match, it->second);
    if (m.words.size() == 1)
      if (auto it = by_word.find(m.words[0]); it != by_word.end()) match = std::max(match, it->second);
    if (match < 0) {
      work.push_back({{}, a.kind});
      match = static_cast<int32_t>(work.size()) - 1;
    }
    a.entity = match;
    by_words[joined] = match;
    if (!key.empty()) by_key[key] = match;
    for (std::string_view w : m.words) by_word[w] = match;
    const uint64_t span_key = (uint64_t{m.span.start} << 32) | m.span.end;
    if (seen_spans.insert(span_key).second) work[match].mentions.push_back(std::move(m));
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
