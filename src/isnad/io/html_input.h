// HTML input: the article body of a web page, as the text to analyse.
//
// analysis-json.md: "HTML (--html, or a .html file): the article body is
// extracted first; text is that body." The page is parsed with gumbo (an
// HTML5 parser, Debian libgumbo); the body is the first <article> element,
// else <main>, else <body>. Scripts, styles, navigation, headers, footers,
// asides and forms are left out; block elements (p, div, h1-h6, li, tr,
// blockquote, ...) become paragraphs (a blank line between them) and <br> a
// line break; runs of white space inside a paragraph become one space;
// character references are decoded by the parser. Spans of the analysis
// point into this extracted text, which is the document's `text`.
//
// Cost: one parse of the page (linear), one walk of its tree.
#ifndef ISNAD_IO_HTML_INPUT_H_
#define ISNAD_IO_HTML_INPUT_H_

#include <string>
#include <string_view>

#include "isnad/status.h"

namespace isnad {

// Extracts the article text of `html` (which must be valid UTF-8) into `text`.
// Fails on invalid UTF-8 (naming the byte) or when the page has no text.
Status ExtractHtmlText(std::string_view html, std::string* text);

// True when `path` names an HTML file by its extension (.html, .htm).
bool IsHtmlPath(const std::string& path);

}  // namespace isnad

#endif  // ISNAD_IO_HTML_INPUT_H_
