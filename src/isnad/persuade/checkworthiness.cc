#include "isnad/persuade/checkworthiness.h"

#include "isnad/attrib/attribution_index.h"

#include <algorithm>
#include <filesystem>
#include <string_view>

#include "isnad/persuade/features.h"

namespace isnad {

Status ClaimDetector::Load(const std::string& models_dir, std::unique_ptr<ClaimDetector>* out) {
  out->reset();
  const std::string path = models_dir + "/checkworthy/" + kCheckworthyModelFile;
  if (!std::filesystem::exists(path)) return Status::Ok();
  auto d = std::unique_ptr<ClaimDetector>(new ClaimDetector());
  d->model_ = std::make_unique<LogisticModel>();
  Status st = d->model_->Load(path);
  if (!st.ok()) return st;
  st = CheckworthyBlocks::Parse(d->model_->kind(), &d->blocks_);
  if (!st.ok()) return st.At(path);
  *out = std::move(d);
  return Status::Ok();
}

double ClaimDetector::SourcedShare(const Document& doc, Span span) {
  return SourcedShare(doc, span, AttributionIndex(doc));
}

bool ClaimDetector::IsSourced(const Document& doc, const Sentence& s) {
  return IsSourced(doc, s, AttributionIndex(doc));
}

double ClaimDetector::SourcedShare(const Document& doc, Span span, const AttributionIndex& index) {
  if (span.empty()) return 0;
  // Union of the content spans inside `span` (contents may nest or repeat).
  std::vector<Span> more;
  index.ForEachOverlapping(span, [&](const Attribution& a) {
    if (a.content.empty() || !a.content.Overlaps(span)) return;
    more.push_back(Span{std::max(a.content.start, span.start), std::min(a.content.end, span.end)});
  });
  std::sort(more.begin(), more.end(), [](Span a, Span b) { return a.start < b.start; });
  uint32_t covered = 0, reach = span.start;
  for (Span c : more) {
    const uint32_t s = std::max(c.start, reach);
    if (c.end > s) covered += c.end - s;
    reach = std::max(reach, c.end);
  }
  return static_cast<double>(covered) / span.size();
}

bool ClaimDetector::IsSourced(const Document& doc, const Sentence& s, const AttributionIndex& index) {
  if (SourcedShare(doc, s.span, index) < kSourcedShare) return false;
  // The first reporting cue of the sentence: is it tied by a connector to an
  // unreported clause before it?
  uint32_t cue_start = s.span.end;
  index.ForEachOverlapping(s.span, [&](const Attribution& a) {
    if (s.span.Contains(a.cue) && a.cue.start < cue_start) cue_start = a.cue.start;
  });
  if (cue_start == s.span.end) return true;
  static constexpr std::string_view kConnectors[] = {"حيث", "اذ", "بينما", "فيما", "وحيث", "واذ"};
  uint32_t words_before = 0;
  for (uint32_t i = s.first_token; i < s.end_token && doc.tokens[i].span.end <= cue_start; ++i) {
    const Token& t = doc.tokens[i];
    if (t.kind != TokenKind::kWord) continue;
    bool inside = false;
    index.ForEachOverlapping(t.span, [&](const Attribution& a) {
      inside |= a.content.Contains(t.span) || (a.has_speaker && a.speaker.Contains(t.span));
    });
    if (inside) continue;
    const std::string_view w = doc.Norm(t);
    for (std::string_view c : kConnectors)
      if (w == c && words_before >= 4) return false;
    ++words_before;
  }
  return true;
}

void ClaimDetector::Process(Document* doc) const {
  FeatureVector f;
  doc->claims.clear();
  const AttributionIndex index(*doc);
  CheckworthyFeaturizer featurizer(blocks_);
  featurizer.Prepare(*doc);
  for (const Sentence& s : doc->sentences) {
    f.clear();
    featurizer.Extract(*doc, s.first_token, s.end_token, &f, &index);
    float p = 0;
    model_->Score(f, &p);
    if (p < model_->threshold(0)) continue;
    Claim c;
    c.span = s.span;
    c.checkworthy = p;
    c.sourced = IsSourced(*doc, s, index);
    doc->claims.push_back(c);
  }
  f.clear();
  featurizer.Extract(*doc, 0, static_cast<uint32_t>(doc->tokens.size()), &f);
  float p = 0;
  model_->Score(f, &p);
  doc->checkworthy.label = p >= model_->threshold(0);
  doc->checkworthy.score = p;
  doc->layers |= kLayerClaims | kLayerCheckworthy;
}

}  // namespace isnad
