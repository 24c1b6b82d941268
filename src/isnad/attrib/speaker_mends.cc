#include "isnad/attrib/speaker_mends.h"

#include <algorithm>

#include "isnad/attrib/source_kind.h"

namespace isnad {
namespace {

// Whether the word before the mention at `start` (inside the speaker that
// begins at `speaker_start`) is a noun without the article and no title,
// whose name the mention is: "مصدر في مكتب جون بوينار"، "عضو في حزب الرئيس
// … صالح" (not "أحد المحامين إبراهيم دياوارا").
bool InConstructAt(const Document& doc, const std::vector<NamedMention>& by_start,
                   uint32_t speaker_start, uint32_t start) {
  const uint32_t t = doc.FirstTokenEndingAfter(start);
  if (t == 0 || t >= doc.tokens.size() || doc.tokens[t - 1].span.start < speaker_start)
    return false;
  const Token& prev = doc.tokens[t - 1];
  if (prev.kind != TokenKind::kWord) return false;
  // (A name there is no noun in construct: "قائد شرطة نيروبي بنسون كيبوي".)
  auto it = std::upper_bound(by_start.begin(), by_start.end(), prev.span.start,
                             [](uint32_t v, const NamedMention& x) { return v < x.span.start; });
  for (auto m = by_start.begin(); m != it; ++m)
    if (m->span.Overlaps(prev.span)) return false;
  const std::string_view n = doc.Norm(prev);
  if (n.substr(0, 4) == "ال" || n == "في" || n == "من") return false;
  bool by_default = false;
  const SourceKind kind = ClassifySource(doc, t - 1, t, &by_default);
  return by_default || kind == SourceKind::kOrganization;
}

// Whether the token at code point `start` begins with لل (للرئيس).
bool StartsWithLilAt(const Document& doc, uint32_t start) {
  const uint32_t t = doc.FirstTokenEndingAfter(start);
  return t < doc.tokens.size() && doc.Norm(doc.tokens[t]).substr(0, 4) == "لل";
}

// Whether a speaker of `kind` may be a mention of a named entity of `type`,
// and how much it prefers one (higher is better; 0: only in want of better,
// and then not the speaker; -1: never).
int Preference(SourceKind kind, EntityType type) {
  switch (kind) {
    case SourceKind::kPerson: return type == EntityType::kPer ? 3 : 0;
    case SourceKind::kOrganization:
    case SourceKind::kMedia:
    case SourceKind::kGroup:
    case SourceKind::kDocument:
    case SourceKind::kUnknown:
      return type == EntityType::kOrg ? 3 : type == EntityType::kPer ? 2 : 1;
    default: return -1;
  }
}

// Whether the token after `pos` (the end of a name) begins with the
// preposition ل split off by the segmenter (للصحافيين، لإذاعة، لمراسل): whom
// the words were said to.
bool AddresseeAt(const Document& doc, uint32_t pos) {
  const uint32_t i = doc.FirstTokenEndingAfter(pos);
  if (i >= doc.tokens.size()) return false;
  const Token& t = doc.tokens[i];
  return t.kind == TokenKind::kWord && t.word_count >= 2 && doc.Form(doc.words[t.first_word]) == "ل";
}

}  // namespace

std::vector<NamedMention> NamedMentionsByStart(const Document& doc) {
  std::vector<NamedMention> by_start;
  for (size_t e = 0; e < doc.entities.size(); ++e)
    for (const Span& s : doc.entities[e].mentions) by_start.push_back({s, static_cast<int32_t>(e)});
  std::sort(by_start.begin(), by_start.end(),
            [](const NamedMention& a, const NamedMention& b) { return a.span.start < b.span.start; });
  return by_start;
}

std::vector<int32_t> MendSpeakers(const std::vector<NamedMention>& by_start, Document* doc) {
  std::vector<int32_t> named_of(doc->attributions.size(), -1);
  if (by_start.empty()) return named_of;
  size_t longest_named = 0;
  for (const NamedMention& nm : by_start) longest_named = std::max<size_t>(longest_named, nm.span.size());
  for (size_t k = 0; k < doc->attributions.size(); ++k) {
    Attribution& a = doc->attributions[k];
    if (!a.has_speaker) continue;
    int32_t best = -1, best_pref = -1;
    uint32_t best_overlap = 0;
    Span best_span{};
    int32_t place = -1;       // a place mention that is the whole speaker
    int32_t person_end = -1;  // a person mention that ends the speaker
    auto it = std::lower_bound(by_start.begin(), by_start.end(),
                               a.speaker.start > longest_named ? a.speaker.start - longest_named : 0,
                               [](const NamedMention& x, uint32_t v) { return x.span.start < v; });
    for (; it != by_start.end() && it->span.start < a.speaker.end; ++it) {
      if (!it->span.Overlaps(a.speaker)) continue;
      const EntityType type = doc->entities[it->entity].type;
      // The speaker is a place name and nothing more (a clitic و aside).
      if (type == EntityType::kLoc && it->span.end == a.speaker.end &&
          it->span.start <= a.speaker.start + 1)
        place = it->entity;
      // (Not after a glued preposition: "مصادر عسكرية موالية لهادي" are
      // Hadi's loyalists, not Hadi.)
      // Nor after a title with لل: "مصادر في المقاومة الموالية للرئيس …
      // هادي" (the segmenter leaves لل on the word).
      if (type == EntityType::kPer && it->span.end == a.speaker.end &&
          doc->tokens[doc->FirstTokenEndingAfter(it->span.start)].span.start == it->span.start &&
          !StartsWithLilAt(*doc, it->span.start) &&
          !InConstructAt(*doc, by_start, a.speaker.start, it->span.start))
        person_end = it->entity;
      const int pref = Preference(a.kind, type);
      if (pref < 0) continue;
      // A place (or other name) speaks only as the head of the speaker.
      if ((type == EntityType::kLoc || type == EntityType::kMisc) &&
          it->span.start > a.speaker.start + 1)
        continue;
      const uint32_t overlap = std::min(it->span.end, a.speaker.end) -
                               std::max(it->span.start, a.speaker.start);
      if (pref > best_pref || (pref == best_pref && overlap > best_overlap)) {
        best = it->entity, best_pref = pref, best_overlap = overlap, best_span = it->span;
      }
    }
    if (best >= 0 && best_pref > 0) {
      named_of[k] = best;
      // A person's words to someone: the speaker ends with the name
      // (شتاينماير للصحافيين، كورتس لإذاعة …). Not a name inside the name
      // of a body, whose remit follows with لل: "المتحدث الرسمي لمركز الملك
      // سلمان للإغاثة رأفت الصباغ" (but "إستراتيجية … كاميرون لمواجهة").
      if (doc->entities[best].type == EntityType::kPer && best_span.end < a.speaker.end &&
          best_span.start >= a.speaker.start && AddresseeAt(*doc, best_span.end) &&
          !(InConstructAt(*doc, by_start, a.speaker.start, best_span.start) &&
            StartsWithLilAt(*doc, best_span.end)))
        a.speaker.end = best_span.end;
    } else if (person_end >= 0 && a.kind == SourceKind::kAnonymous) {
      // "One of the lawyers, Ibrahim Diawara" is that person.
      a.kind = SourceKind::kPerson;
      named_of[k] = person_end;
    } else if (place >= 0 && a.kind == SourceKind::kPerson) {
      // A country (or its capital) that speaks is a state, whatever the
      // cue's wording made of it (كينيا: …).
      a.kind = SourceKind::kOrganization;
      named_of[k] = place;
    }
  }
  return named_of;
}

}  // namespace isnad
