// FindWebAsset: exact lookup among the embedded files.
#include <algorithm>

#include "web_assets.h"

namespace isnad::serve {

const WebAsset* FindWebAsset(std::string_view path) {
  if (path == "/") path = "/index.html";
  std::span<const WebAsset> assets = WebAssets();
  auto it = std::lower_bound(assets.begin(), assets.end(), path,
                             [](const WebAsset& a, std::string_view p) { return a.path < p; });
  if (it == assets.end() || it->path != path) return nullptr;
  return &*it;
}

}  // namespace isnad::serve
