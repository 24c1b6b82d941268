// LinkEntities: groups the named-entity mentions of one document into
// entities (Document::entities), so that every mention of one person, place
// or organisation shares an id:
//   - the same name (normalized, clitics and article aside) is one entity;
//   - a person's surname alone joins the latest person with that surname
//     (سيرغي لافروف … لافروف), and a full name joins an earlier surname;
//   - an organisation (place, other) name that begins another of two words
//     or more is the same (وزارة الدفاع … وزارة الدفاع الروسية);
//   - a title right before a person's name (وزير الخارجية الروسي سيرغي
//     لافروف) belongs to the mention, and the same title later on its own
//     (وزير الخارجية الروسي، وزير الخارجية) is a mention of that person;
//   - a definite back-reference, one word (الوزارة، الحركة، الوزير،
//     الرئيس), is a mention of the latest entity before it whose name (or,
//     for a person, title) has that head noun.
// Entities are named by the longest name among their mentions (titles
// aside), typed by the majority of their tagged mentions, and numbered E1, E2,
// … in order of first mention.
//
// Needs: tokens (normalized forms); words when present (for clitics).
// Cost: linear in the tokens plus, per back-reference, the number of
// entities. Thread-safe.
#ifndef ISNAD_TAG_ENTITY_LINKER_H_
#define ISNAD_TAG_ENTITY_LINKER_H_

#include <cstdint>
#include <vector>

#include "isnad/document.h"

namespace isnad {

struct EntityMention {
  uint32_t first_token = 0, end_token = 0;  // tokens [first_token, end_token)
  int type = 0;                             // EntityType order: PER, LOC, ORG, MISC
};

class WordClasses;

// Replaces doc->entities with the entities of `mentions` (in token order).
// A mention's span and name leave out the prefix clitics (و ف ب ل ك س) that
// the segmenter split off its first token, where they are not letters of the
// name: ب ل ك before a word without the article only when the rest of the
// token is a word elsewhere in the document or, by `vocabulary` (the entity
// tagger's word classes; may be null), a frequent word while the whole token
// is not; the latter cuts ل, and ب off a place or organisation only (foreign
// names often begin with ب or ك + a word: بريان، كلايف).
void LinkEntities(const std::vector<EntityMention>& mentions, Document* doc,
                  const WordClasses* vocabulary = nullptr);

}  // namespace isnad

#endif  // ISNAD_TAG_ENTITY_LINKER_H_
