// Settles each speaker's span and kind where the entity tagger's mentions
// (tag/entity_tagger.h) say more than the speaker's words did
// (ClassifySource, source_kind.h). This is the one place after
// ClassifySource where a speaker's span or kind changes.
//
// A speaker whose span overlaps a mention of a person or a body is that
// named entity: a person speaker prefers a person, other speakers an
// organisation; anonymous sources and witnesses are never the named body
// they belong to ("مصدر في وزارة الدفاع"); a place (or other name) counts
// only as the head of the speaker (واشنطن، not "قيادة القوات الروسية في
// سورية"). From that:
//   - a person followed by whom the words were said to, ل + a noun
//     (شتاينماير للصحافيين), ends with the person's name;
//   - an anonymous-looking speaker that ends with a person's name (أحد محامي
//     حبري إبراهيم دياوارا) is that person: kind person;
//   - a speaker that is a place name and nothing more (كينيا: …) is that
//     place, and a state: kind organization, as attribution.md has it for a
//     country acting as speaker.
//
// Needs: attributions with speaker spans and kinds, and the named entities
// (none when the tagger did not run: nothing changes). Cost: a binary search
// and a few overlap tests per speaker. Thread-safe.
#ifndef ISNAD_ATTRIB_SPEAKER_MENDS_H_
#define ISNAD_ATTRIB_SPEAKER_MENDS_H_

#include <vector>

#include "isnad/document.h"

namespace isnad {

// A mention of one of the entity tagger's entities (`entity`: its index in
// doc->entities).
struct NamedMention {
  Span span;
  int32_t entity;
};

// The mentions of doc's entities, in text order (by start). Computed once
// and read by both MendSpeakers and LinkSpeakerEntities.
std::vector<NamedMention> NamedMentionsByStart(const Document& doc);

// Mends the speakers of `doc->attributions` as above; `named` is
// NamedMentionsByStart(*doc). Returns, for each attribution, the index in
// `doc->entities` of the named entity its speaker was found to be, or -1 (no
// speaker, or no mention that it is): LinkSpeakerEntities
// (speaker_entities.h) links the former to their entity and groups the
// latter by their words.
std::vector<int32_t> MendSpeakers(const std::vector<NamedMention>& named, Document* doc);

}  // namespace isnad

#endif  // ISNAD_ATTRIB_SPEAKER_MENDS_H_
