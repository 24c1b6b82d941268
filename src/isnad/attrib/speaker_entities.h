// Groups the speakers of a document's attributions into entities, so that
// every mention of one source shares an id: "وزير الخارجية الروسي سيرغي
// لافروف" = "لافروف"; "وزارة الدفاع الروسية" = "الوزارة"; "محافظ عدن نايف
// البكري" = "المحافظ" = "البكري". Speakers' spans and kinds are settled
// before (MendSpeakers, speaker_mends.h); linking changes neither.
//
// A speaker that MendSpeakers found to be a named entity of the entity
// tagger is that entity. Any other speaker (مصدر عسكري، شهود عيان, or a name
// the tagger missed) joins an earlier entity, the named entities' wordings
// taking part, when its text is the same, when its last word (the surname of
// a person) matches, or when it is a definite back-reference (الوزارة،
// المجموعة، التقرير) to the latest entity with that noun; otherwise it
// starts a new entity, appended after the named ones and named by its
// longest mention.
//
// Needs: attributions with speaker spans, and the named entities (if any).
// Adds: entities, and sets each attribution's `entity`. Cost: linear in the
// speakers and the named mentions (hash lookups). Thread-safe.
#ifndef ISNAD_ATTRIB_SPEAKER_ENTITIES_H_
#define ISNAD_ATTRIB_SPEAKER_ENTITIES_H_

#include <vector>

#include "isnad/attrib/speaker_mends.h"
#include "isnad/document.h"

namespace isnad {

// `named`: NamedMentionsByStart(*doc), whose wordings seed the grouping;
// `named_of[k]`: the named entity the speaker of attribution k is, or -1
// (what MendSpeakers returns).
void LinkSpeakerEntities(const std::vector<NamedMention>& named, const std::vector<int32_t>& named_of,
                         Document* doc);

}  // namespace isnad

#endif  // ISNAD_ATTRIB_SPEAKER_ENTITIES_H_
