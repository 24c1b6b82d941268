#include "isnad/attrib/attributor.h"

#include <vector>

#include "isnad/attrib/attribution_scan.h"
#include "isnad/attrib/cue_lexicon.h"
#include "isnad/attrib/speaker_entities.h"
#include "isnad/attrib/speaker_mends.h"

namespace isnad {

Attributor::Attributor() : cues_(CueLexicon::Default()) {}

void Attributor::Process(Document* doc) const {
  doc->attributions.clear();
  // Entities found by the entity tagger stay; the speakers are mended by
  // and linked to them (MendSpeakers, LinkSpeakerEntities).
  if (doc->tokens.empty() || doc->sentences.empty()) {
    doc->layers |= kLayerAttributions | kLayerEntities;
    return;
  }
  AttributionScan scan(doc, cues_);
  scan.ScanColonLines();
  scan.ScanCues();
  // Speakers: explicit spans and kinds; implicit ones carried from the
  // latest attribution that is not nested in another.
  scan.SortByCue();
  // Nesting first (implicit speakers skip nested reports).
  scan.Nest();
  scan.EndNestedReportsAtContrast();
  // Truncation may free a later report from a nested one: nest again.
  scan.Nest();
  scan.ResolveSpeakers();
  scan.WriteAttributions();
  // What the named entities say about each speaker (its span, its kind, the
  // entity it is) is settled before the speakers are grouped.
  const std::vector<NamedMention> named = NamedMentionsByStart(*doc);
  const std::vector<int32_t> named_of = MendSpeakers(named, doc);
  LinkSpeakerEntities(named, named_of, doc);
  doc->layers |= kLayerAttributions | kLayerEntities;
}

}  // namespace isnad
