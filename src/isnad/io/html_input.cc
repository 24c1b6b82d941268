#include "isnad/io/html_input.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <vector>

#include "isnad/text/utf8.h"

namespace isnad {
namespace {

bool IsSkipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_TR:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_TITLE: case GUMBO_TAG_HR:
      return true;
    default:
      return false;
  }
}

// Appends text with white space folded; paragraph breaks are requested and
// written lazily so that empty blocks leave no blank lines.
class TextBuilder {
 public:
  explicit TextBuilder(std::string* out) : out_(out) {}
  void Text(const char* s) {
    for (const char* p = s; *p; ++p) {
      const unsigned char c = static_cast<unsigned char>(*p);
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
      if (space) {
        pending_space_ = !out_->empty();
        continue;
      }
      if (pending_break_ > 0 && !out_->empty()) {
        out_->append(pending_break_ >= 2 ? "\n\n" : "\n");
      } else if (pending_space_) {
        out_->push_back(' ');
      }
      pending_break_ = 0;
      pending_space_ = false;
      out_->push_back(static_cast<char>(c));
    }
  }
  void Break(int lines) {
    pending_break_ = std::max(pending_break_, lines);
    pending_space_ = false;
  }

 private:
  std::string* out_;
  bool pending_space_ = false;
  int pending_break_ = 0;
};

void Walk(const GumboNode* node, TextBuilder* b) {
  // An explicit stack: pages nest deeply enough to overflow recursion.
  struct Frame {
    const GumboNode* node;
    unsigned next;
  };
  std::vector<Frame> stack{{node, 0}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboNode* n = f.node;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      b->Text(n->v.text.text);
      stack.pop_back();
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) {
      stack.pop_back();
      continue;
    }
    const GumboVector& children =
        n->type == GUMBO_NODE_ELEMENT ? n->v.element.children : n->v.document.children;
    const GumboTag tag = n->type == GUMBO_NODE_ELEMENT ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
    if (f.next == 0) {
      if (n->type == GUMBO_NODE_ELEMENT && IsSkipped(tag)) {
        stack.pop_back();
        continue;
      }
      if (tag == GUMBO_TAG_BR) b->Break(1);
      if (IsBlock(tag)) b->Break(2);
    }
    if (f.next < children.length) {
      const auto* child = static_cast<const GumboNode*>(children.data[f.next++]);
      stack.push_back({child, 0});
      continue;
    }
    if (IsBlock(tag)) b->Break(2);
    stack.pop_back();
  }
}

// The first element with `tag` under `root` (depth first), or null.
const GumboNode* FindFirst(const GumboNode* root, GumboTag tag) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == tag) return n;
    const GumboVector& c = n->type == GUMBO_NODE_ELEMENT ? n->v.element.children : n->v.document.children;
    for (unsigned i = c.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(c.data[i]));
  }
  return nullptr;
}

}  // namespace

Status ExtractHtmlText(std::string_view html, std::string* text) {
  text->clear();
  Utf8DecodeResult decoded;
  if (Status st = DecodeUtf8(html, /*lenient=*/false, &decoded); !st.ok()) return st;
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  if (out == nullptr) return Status::Error("HTML could not be parsed");
  const GumboNode* root = FindFirst(out->root, GUMBO_TAG_ARTICLE);
  if (root == nullptr) root = FindFirst(out->root, GUMBO_TAG_MAIN);
  if (root == nullptr) root = FindFirst(out->root, GUMBO_TAG_BODY);
  if (root == nullptr) root = out->root;
  TextBuilder b(text);
  Walk(root, &b);
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  if (text->empty()) return Status::Error("the HTML page has no article text");
  return Status::Ok();
}

bool IsHtmlPath(const std::string& path) {
  auto ends = [&](const char* suf) {
    const size_t n = std::strlen(suf);
    if (path.size() < n) return false;
    for (size_t i = 0; i < n; ++i)
      if (std::tolower(static_cast<unsigned char>(path[path.size() - n + i])) != suf[i]) return false;
    return true;
  };
  return ends(".html") || ends(".htm");
}

}  // namespace isnad
