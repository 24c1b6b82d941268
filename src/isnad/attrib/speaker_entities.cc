#include "isnad/attrib/speaker_entities.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "isnad/attrib/clause_words.h"
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
  for (uint32_t i = doc.FirstTokenEndingAfter(span.start); i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
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

void LinkSpeakerEntities(const std::vector<NamedMention>& by_start, const std::vector<int32_t>& named_of,
                         Document* doc) {
  // The entities of the entity tagger, when it ran, come first; speakers
  // that MendSpeakers found to be one of them are that entity.
  const size_t named = doc->entities.size();
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
  // The wordings of the named mentions, in text order, seed the lookups (a
  // speaker "لافروف" that the tagger missed is still Lavrov).
  std::vector<Mention> named_mentions;
  named_mentions.reserve(by_start.size());
  for (const NamedMention& nm : by_start) {
    const EntityType type = doc->entities[nm.entity].type;
    if (type != EntityType::kPer && type != EntityType::kOrg) continue;
    named_mentions.push_back(MakeMention(*doc, nm.span));
    const Mention& m = named_mentions.back();
    if (m.words.empty()) continue;
    std::string joined;
    for (std::string_view w : m.words) {
      joined.append(w);
      joined.push_back(' ');
    }
    by_words[joined] = nm.entity;
    if (type == EntityType::kPer) by_key[Key(m)] = nm.entity;
  }
  std::vector<std::vector<Span>> extra(named);  // speaker spans added to named entities
  // The latest person a speaker was, for the pronoun titles: its entity and
  // where that speaker ends.
  int32_t last_person = -1;
  uint32_t last_person_end = 0;
  for (size_t k = 0; k < doc->attributions.size(); ++k) {
    Attribution& a = doc->attributions[k];
    a.entity = -1;
    if (!a.has_speaker) continue;
    if (k < named_of.size() && named_of[k] >= 0) {
      a.entity = named_of[k];
      continue;
    }
    Mention m = MakeMention(*doc, a.speaker);
    if (m.words.empty()) continue;
    const std::string_view key = Key(m);
    std::string joined;
    for (std::string_view w : m.words) {
      joined.append(w);
      joined.push_back(' ');
    }
    int32_t match = -1;
    if (m.words.size() == 1 && clause_words::kHonorifics.count(m.words[0])) {
      // The latest person named before it: by the tagger, or as a speaker.
      int32_t person = -1;
      uint32_t person_end = 0;
      for (auto it = std::lower_bound(
               by_start.begin(), by_start.end(), a.speaker.start,
               [](const NamedMention&x, uint32_t pos) { return x.span.start < pos; });
           it != by_start.begin();) {
        --it;
        if (it->span.end <= a.speaker.start && doc->entities[it->entity].type == EntityType::kPer) {
          person = it->entity;
          person_end = it->span.end;
          break;
        }
      }
      if (last_person >= 0 && last_person_end <= a.speaker.start && last_person_end >= person_end)
        person = last_person;
      if (person >= 0) {
        a.entity = person;
        if (static_cast<size_t>(person) < named)
          extra[person].push_back(a.speaker);
        else
          work[person - named].mentions.push_back(std::move(m));
        continue;
      }
    }
    if (auto it = by_words.find(joined); it != by_words.end()) match = std::max(match, it->second);
    if (!key.empty())
      if (auto it = by_key.find(key); it != by_key.end()) match = std::max(match, it->second);
    if (m.words.size() == 1)
      if (auto it = by_word.find(m.words[0]); it != by_word.end()) match = std::max(match, it->second);
    if (match < 0) {
      work.push_back({{}, a.kind});
      match = static_cast<int32_t>(named + work.size()) - 1;
    }
    a.entity = match;
    if (a.kind == SourceKind::kPerson) {
      last_person = match;
      last_person_end = a.speaker.end;
    }
    by_words[joined] = match;
    if (!key.empty()) by_key[key] = match;
    for (std::string_view w : m.words) by_word[w] = match;
    const uint64_t span_key = (uint64_t{m.span.start} << 32) | m.span.end;
    if (!seen_spans.insert(span_key).second) continue;
    if (static_cast<size_t>(match) < named) extra[match].push_back(m.span);
    else work[match - named].mentions.push_back(std::move(m));
  }
  for (size_t e = 0; e < named; ++e) {
    if (extra[e].empty()) continue;
    std::vector<Span>& ms = doc->entities[e].mentions;
    for (const Span& s : extra[e]) {
      bool overlaps = false;
      for (const Span& x : ms) overlaps |= x.Overlaps(s);
      if (!overlaps) ms.push_back(s);
    }
    std::sort(ms.begin(), ms.end(), [](const Span& x, const Span& y) { return x.start < y.start; });
  }
  doc->entities.reserve(named + work.size());
  for (size_t e = 0; e < work.size(); ++e) {
    Entity ent;
    ent.id = "E" + std::to_string(named + e + 1);
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
