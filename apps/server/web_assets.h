// The files of web/ (the analysis page, its script, styles and fonts), built
// into the binary at build time by cmake/embed_files.cmake. The server serves
// these and nothing else: there is no file system path to traverse.
#ifndef ISNAD_APPS_SERVER_WEB_ASSETS_H_
#define ISNAD_APPS_SERVER_WEB_ASSETS_H_

#include <span>
#include <string_view>

namespace isnad::serve {

struct WebAsset {
  std::string_view path;          // "/index.html", "/fonts/NotoNaskhArabic-Regular.ttf"
  std::string_view content_type;  // "text/html; charset=utf-8", ...
  std::string_view bytes;
};

// Every embedded file, sorted by path.
std::span<const WebAsset> WebAssets();

// The asset whose path is exactly `path` ("/" is "/index.html"), or null.
// Cost: a binary search over the paths.
const WebAsset* FindWebAsset(std::string_view path);

}  // namespace isnad::serve

#endif  // ISNAD_APPS_SERVER_WEB_ASSETS_H_
