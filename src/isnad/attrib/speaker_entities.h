// Links the speakers of a document's attributions to entities. When the
// entity tagger ran (tag/entity_tagger.h), a speaker whose span overlaps a
// mention of one of its entities is that entity: a person speaker prefers a
// person, an organisation speaker an organisation, and anonymous sources and
// witnesses are never the named body they belong to. Where the entities say
// more than the speaker's words did, the speaker is mended:
//   - a person followed by whom the words were said to, ل + a noun
//     (شتاينماير للصحافيين), ends with the person's name;
//   - an anonymous-looking speaker that ends with a person's name (أحد محامي
//     حبري إبراهيم دياوارا) is that person;
//   - a speaker that is a place name and nothing more (كينيا: …) is that
//     place, and a state: an organization, as attribution.md has it for a
//     country acting as speaker.
// Other speakers (مصدر عسكري، شهود عيان, or names the tagger missed) are
// grouped as follows, the named entities' wordings taking part, and new
// entities are appended.
//
// Groups the speakers of a document's attributions into entities, so that
// every mention of one source shares an id: "وزير الخارجية الروسي سيرغي
// لافروف" = "لافروف"; "وزارة الدفاع الروسية" = "الوزارة"; "محافظ عدن نايف
// البكري" = "المحافظ" = "البكري".
//
// A mention joins an earlier entity when its text is the same, when its last
// word (the surname of a person) matches, or when it is a definite
// back-reference (الوزارة، المجموعة، التقرير) to the latest entity with that
// noun; otherwise it starts a new entity. Entities are named by their
// longest mention.
//
// Needs: attributions with speaker spans, and the named entities (if any).
// Adds: entities, and sets each
// attribution's `entity`. Cost: quadratic in the number of speakers of one
// document (tens), plus a binary search per speaker. Thread-safe.
#ifndef ISNAD_ATTRIB_SPEAKER_ENTITIES_H_
#define ISNAD_ATTRIB_SPEAKER_ENTITIES_H_

#include "isnad/document.h"

namespace isnad {

void LinkSpeakerEntities(Document* doc);

}  // namespace isnad

#endif  // ISNAD_ATTRIB_SPEAKER_ENTITIES_H_
