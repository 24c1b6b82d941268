// Attributor: finds every attribution (../shared/specs/attribution.md) in a
// document: who said what.
//
// For each reporting cue (cue_lexicon.h) it finds
//   - the speaker: the noun phrase after the verb (VSO) or before it (SVO);
//     when the clause names none (وأضاف، مشيرا) or only a pronoun (وهو
//     يقول), the latest explicit source; none at all for impersonal reports
//     (يعتقد أن), speaker null. Words that name no source (adverbs, linking
//     words, pronouns, the verb's object: clause_words.h) are never part
//     of a speaker; nor are the segmenter's verbs, a word with a glued ب or
//     ل right after the verb, or an indefinite accusative
//     (ClauseScanner::IsIndefiniteAccusative: مبتسما، بيانا); a quantifier
//     takes its noun (عدد من الخبراء);
//   - the content: the clause after the complementizer (أن، إن، بأن …), the
//     text inside quotation marks (direct speech, possibly over several
//     sentences), the noun phrase of a stance verb (ندد بـ…), the clause a
//     source vouches for (بحسب …), or what follows a headline colon;
//   - its kind (source_kind.h), and the parent of a nested report (a cue
//     inside the content of another attribution).
// Then the entity tagger's mentions settle the speakers' spans and kinds
// where they say more than the words did (speaker_mends.h), and speakers
// that name the same source are grouped into one entity
// (speaker_entities.h).
//
// Needs: tokens, quotes, sentences. Adds: attributions and entities
// (kLayerAttributions | kLayerEntities).
// Cost: linear in the tokens (each cue scans a bounded window).
// Thread-safe: holds only the immutable lexicons.
#ifndef ISNAD_ATTRIB_ATTRIBUTOR_H_
#define ISNAD_ATTRIB_ATTRIBUTOR_H_

#include "isnad/document.h"

namespace isnad {

class CueLexicon;

class Attributor {
 public:
  Attributor();
  void Process(Document* doc) const;

 private:
  const CueLexicon& cues_;
};

}  // namespace isnad

#endif  // ISNAD_ATTRIB_ATTRIBUTOR_H_
