// What sort of source a speaker is: person, organization, anonymous,
// witness, media, group, document (attribution.md), from the words of the
// speaker's mention. A lexicon of head nouns decides; a mention that matches
// none is a person (most named sources are). The attributor then lets the
// entity tagger's mentions overrule these words in a few cases, all in
// MendSpeakers (speaker_mends.h).
//
// Cost: a few hash lookups per speaker. Thread-safe.
#ifndef ISNAD_ATTRIB_SOURCE_KIND_H_
#define ISNAD_ATTRIB_SOURCE_KIND_H_

#include "isnad/document.h"

namespace isnad {

// The kind of the speaker whose mention is tokens [first, end) of `doc`.
// `by_default` (when given) is set when no head noun of the lexicon decided
// and the mention is a person only because most named sources are.
SourceKind ClassifySource(const Document& doc, uint32_t first, uint32_t end,
                          bool* by_default = nullptr);

// Whether token-normalized `norm` opens with the article, also after ل
// (الوزارة، للوزارة).
bool IsDefinite(std::string_view norm);

// Whether token-normalized `norm` is an agency's short name: الفرنسية (AFP),
// الالمانية (dpa), also after ل ("وفقا للفرنسية").
bool IsAgencyShortName(std::string_view norm);

// Whether normalized `head` (no article) names a person or people: a title
// or role (وزير، متحدثة), a group (محللون), kin, company or following
// (ابن، زملاء، أنصار). A woman's title is read as the man's.
bool IsPersonNoun(std::string_view head);

// Whether token `token` of `doc` names people by a sound masculine plural that the tagger reads
// as a noun or adjective: المنظمون، مسعفون، (the definite) المنظمين; مديرو
// when `construct` (a noun follows: مديرو المدارس).
bool IsPluralOfPeople(const Document& doc, uint32_t token, bool construct);

// Whether normalized `head` (no article) is a body or a place where one
// works: وزارة، جامعة، منطقة، مستشفى ("قائد حرس الحدود بمنطقة جازان").
bool IsPlaceOfWorkHead(std::string_view head);

// A woman's title or role read as the man's (المستشارة → مستشار، متحدثة →
// متحدث); any other `head` as it is.
std::string_view MasculineTitle(std::string_view head);

// The entity type that a source of `kind` gets in `entities`.
EntityType EntityTypeOfSource(SourceKind kind);

// The normalized form without the article ال and a prefixed ل/ب/و (for
// matching a head noun in a lexicon): "الوزارة" → "وزارة".
std::string_view StripArticle(std::string_view norm);

}  // namespace isnad

#endif  // ISNAD_ATTRIB_SOURCE_KIND_H_
