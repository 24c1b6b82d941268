// Attributor: finds every attribution (attribution.md) in a document.
//
// Needs: tokens, quotes, sentences (and words/entities when present).
// Adds: Document::attributions and the speaker entities (kLayerAttributions,
// kLayerEntities).
#ifndef ISNAD_ATTRIB_ATTRIBUTOR_H_
#define ISNAD_ATTRIB_ATTRIBUTOR_H_

#include "isnad/document.h"

namespace isnad {

class Attributor {
 public:
  void Process(Document* doc) const;
};

}  // namespace isnad

#endif  // ISNAD_ATTRIB_ATTRIBUTOR_H_
