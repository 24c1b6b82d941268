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
// Needs: attributions with speaker spans. Adds: entities, and sets each
// attribution's `entity`. Cost: quadratic in the number of speakers of one
// document (tens). Thread-safe.
#ifndef ISNAD_ATTRIB_SPEAKER_ENTITIES_H_
#define ISNAD_ATTRIB_SPEAKER_ENTITIES_H_

#include "isnad/document.h"

namespace isnad {

void LinkSpeakerEntities(Document* doc);

}  // namespace isnad

#endif  // ISNAD_ATTRIB_SPEAKER_ENTITIES_H_
