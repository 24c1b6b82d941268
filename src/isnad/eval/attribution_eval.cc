#include "isnad/eval/attribution_eval.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "isnad/text/chars.h"
#include "isnad/text/utf8.h"

namespace isnad {
namespace {

bool ReadSpan(const nlohmann::json& j, Span* s) {
  if (!j.is_array() || j.size() != 2 || !j[0].is_number_integer() || !j[1].is_number_integer())
    return false;
  s->start = j[0].get<uint32_t>();
  s->end = j[1].get<uint32_t>();
  return s->start <= s->end;
}

}  // namespace

void AttributionScores::Add(const AttributionScores& o) {
  gold += o.gold;
  predicted += o.predicted;
  matched += o.matched;
  speaker_right += o.speaker_right;
  kind_right += o.kind_right;
  direct_right += o.direct_right;
  correct += o.correct;
  content_overlap_sum += o.content_overlap_sum;
}

Status ParseGoldDocument(std::string_view line, GoldDocument* out) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line.begin(), line.end());
  } catch (const nlohmann::json::parse_error& e) {
    return Status::Error("not valid JSON (byte " + std::to_string(e.byte) + " of the line)");
  }
  try {
    out->id = j.at("id").get<std::string>();
    out->text = j.at("text").get<std::string>();
    out->entity_mentions.clear();
    if (j.contains("entities")) {
      for (auto& [key, ent] : j["entities"].items()) {
        std::vector<Span> ms;
        for (auto& m : ent.at("mentions")) {
          Span s;
          if (!ReadSpan(m, &s)) return Status::Error("entity " + key + ": bad mention span");
          ms.push_back(s);
        }
        out->entity_mentions[key] = std::move(ms);
      }
    }
    out->attributions.clear();
    for (auto& a : j.at("attributions")) {
      GoldAttribution g;
      if (!ReadSpan(a.at("cue"), &g.cue)) return Status::Error("bad cue span");
      if (!a.at("speaker").is_null()) {
        if (!ReadSpan(a["speaker"], &g.speaker)) return Status::Error("bad speaker span");
        g.has_speaker = true;
      }
      if (a.contains("speaker_entity") && a["speaker_entity"].is_string())
        g.speaker_entity = a["speaker_entity"].get<std::string>();
      g.kind = a.value("kind", "unknown");
      if (a.contains("content") && !a["content"].is_null()) {
        if (!ReadSpan(a["content"], &g.content)) return Status::Error("bad content span");
        g.has_content = true;
      }
      g.direct = a.value("direct", false);
      g.parent = a.contains("parent") && a["parent"].is_number_integer() ? a["parent"].get<int>() : -1;
      out->attributions.push_back(g);
    }
  } catch (const nlohmann::json::exception& e) {
    return Status::Error(std::string("unexpected gold record shape: ") + e.what());
  }
  return Status::Ok();
}

double ContentOverlap(const std::u32string& text, Span gold, bool gold_present, Span pred,
                      bool pred_present) {
  if (!gold_present && !pred_present) return 1.0;
  if (!gold_present || !pred_present) return 0.0;
  size_t g = 0, p = 0, both = 0;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    while (i < n && IsSpace(text[i])) ++i;
    if (i >= n) break;
    size_t j = i;
    while (j < n && !IsSpace(text[j])) ++j;
    const Span w{static_cast<uint32_t>(i), static_cast<uint32_t>(j)};
    const bool in_g = w.Overlaps(gold), in_p = w.Overlaps(pred);
    g += in_g;
    p += in_p;
    both += in_g && in_p;
    i = j;
  }
  if (both == 0) return 0.0;
  const double prec = double(both) / p, rec = double(both) / g;
  return 2 * prec * rec / (prec + rec);
}

AttributionScores ScoreAttributions(const GoldDocument& gold, const Document& doc,
                                    AttributionErrors* errors) {
  AttributionScores s;
  s.gold = gold.attributions.size();
  s.predicted = doc.attributions.size();
  // Match in order of text position, each used once.
  std::vector<size_t> gorder(gold.attributions.size()), porder(doc.attributions.size());
  for (size_t k = 0; k < gorder.size(); ++k) gorder[k] = k;
  for (size_t k = 0; k < porder.size(); ++k) porder[k] = k;
  std::stable_sort(gorder.begin(), gorder.end(), [&](size_t a, size_t b) {
    return gold.attributions[a].cue.start < gold.attributions[b].cue.start;
  });
  std::stable_sort(porder.begin(), porder.end(), [&](size_t a, size_t b) {
    return doc.attributions[a].cue.start < doc.attributions[b].cue.start;
  });
  std::vector<bool> used(doc.attributions.size(), false);
  std::vector<bool> gmatched(gold.attributions.size(), false);
  auto text_of = [&](Span sp) { return EncodeUtf8(doc.Text(sp)); };
  for (size_t gi : gorder) {
    const GoldAttribution& g = gold.attributions[gi];
    for (size_t pi : porder) {
      if (used[pi]) continue;
      const Attribution& p = doc.attributions[pi];
      if (!p.cue.Overlaps(g.cue)) continue;
      used[pi] = true;
      gmatched[gi] = true;
      ++s.matched;
      bool speaker_ok;
      if (!g.has_speaker && !p.has_speaker) {
        speaker_ok = true;
      } else if (!g.has_speaker || !p.has_speaker) {
        speaker_ok = false;
      } else {
        speaker_ok = p.speaker.Overlaps(g.speaker);
        auto it = gold.entity_mentions.find(g.speaker_entity);
        if (it != gold.entity_mentions.end())
          for (const Span& m : it->second) speaker_ok |= p.speaker.Overlaps(m);
      }
      const double overlap = ContentOverlap(doc.cps, g.content, g.has_content, p.content, !p.content.empty());
      const bool kind_ok = g.kind == SourceKindName(p.kind);
      s.speaker_right += speaker_ok;
      s.kind_right += kind_ok;
      s.direct_right += g.direct == p.direct;
      s.content_overlap_sum += overlap;
      const bool correct = speaker_ok && overlap >= 0.5;
      s.correct += correct;
      if (errors && (!correct || !kind_ok || g.direct != p.direct)) {
        std::string line = gold.id + " cue «" + text_of(g.cue) + "»";
        if (!speaker_ok)
          line += " SPEAKER gold «" + (g.has_speaker ? text_of(g.speaker) : "null") + "» got «" +
                  (p.has_speaker ? text_of(p.speaker) : "null") + "»";
        if (overlap < 0.5)
          line += " CONTENT " + std::to_string(overlap).substr(0, 4) + " gold «" +
                  (g.has_content ? text_of(g.content).substr(0, 160) : "null") + "» got «" +
                  text_of(p.content).substr(0, 160) + "»";
        if (!kind_ok) line += std::string(" KIND gold ") + g.kind + " got " + SourceKindName(p.kind);
        if (g.direct != p.direct) line += std::string(" DIRECT gold ") + (g.direct ? "true" : "false");
        errors->lines.push_back(line);
      }
      break;
    }
  }
  if (errors) {
    for (size_t gi : gorder)
      if (!gmatched[gi])
        errors->lines.push_back(gold.id + " MISSED cue «" + text_of(gold.attributions[gi].cue) + "» speaker «" +
                                (gold.attributions[gi].has_speaker ? text_of(gold.attributions[gi].speaker) : "null") +
                                "»");
    for (size_t pi : porder)
      if (!used[pi])
        errors->lines.push_back(gold.id + " SPURIOUS cue «" + text_of(doc.attributions[pi].cue) + "» speaker «" +
                                (doc.attributions[pi].has_speaker ? text_of(doc.attributions[pi].speaker) : "null") +
                                "» content «" + text_of(doc.attributions[pi].content).substr(0, 120) + "»");
  }
  return s;
}

}  // namespace isnad
