#include "isnad/attrib/attributor.h"

namespace isnad {

void Attributor::Process(Document* doc) const {
  doc->attributions.clear();
  doc->layers |= kLayerAttributions;
}

}  // namespace isnad
