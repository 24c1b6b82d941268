// Step 4 of the technique tagger's training (technique_training.h): each
// technique's decoder chosen on held-out probabilities, and the dump of what
// the chosen decoders find there.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "isnad/persuade/persuasion.h"
#include "isnad/persuade/technique_training.h"

namespace isnad {

SpanScores ChooseDecoders(const PersuasionTrainConfig& c, const SpanTrainingSet& set, const HeldOutScores& held,
                          bool verbose, std::vector<DecoderOption>* options, std::vector<int>* choice) {
  const int k = set.k();
  auto tune_score = [&](int j, const DecoderOption& o) {
    SpanScores s;
    std::vector<Technique> pred;
    for (size_t n = 0; n < held.docs.size(); ++n) {
      pred.clear();
      if (o.mode == 0) {
        PersuasionDetector::DecodeSpans(held.docs[n]->doc, held.token_probs[n].data(), k, j, o.t, set.names[j], &pred,
                                        o.extend, o.power, o.drop_entities ? &held.docs[n]->entity_tokens : nullptr);
      } else {
        PersuasionDetector::DecodeSentenceSpans(held.docs[n]->doc, held.sentence_probs[n].data(), k, j, o.t,
                                                set.names[j], &pred);
      }
      std::vector<LabeledSpan> p, g;
      for (const Technique& x : pred) p.push_back({x.span, x.technique});
      for (const LabeledSpan& l : held.docs[n]->gold)
        if (l.technique == set.names[j]) g.push_back(l);
      s.Add(g, p);
    }
    return s;
  };
  // Thresholds: coordinate ascent on the micro-F1 over all techniques (a
  // technique that only adds noise stays off), from per-technique scores
  // cached for every candidate option. Spans of untagged techniques count
  // as misses. Both decoders share one list of thresholds, finer at the low
  // end where the rare techniques' tokens score.
  static constexpr float kSteps[] = {0.02f, 0.03f, 0.04f, 0.05f, 0.06f, 0.07f, 0.08f, 0.09f, 0.10f, 0.12f,
                                     0.14f, 0.16f, 0.18f, 0.20f, 0.25f, 0.30f, 0.35f, 0.40f, 0.45f, 0.50f,
                                     0.55f, 0.60f, 0.65f, 0.70f, 0.75f, 0.80f, 0.85f, 0.90f, 0.95f};
  options->clear();
  for (float a : c.sentence_powers)
    for (int e = 0; e <= (c.entity_drop ? 1 : 0); ++e) {
      for (float t : kSteps) options->push_back({0, t, -1, a, e == 1});
      for (float r : c.extend_ratios)
        for (float t : kSteps) options->push_back({0, t, t * r, a, e == 1});
    }
  for (float t : kSteps) options->push_back({1, t});
  options->push_back({2, 1.01f});
  const int kGrid = static_cast<int>(options->size()), kOff = kGrid - 1;
  std::vector<std::vector<SpanScores>> cache(k, std::vector<SpanScores>(kGrid));
  for (int j = 0; j < k; ++j)
    for (int g = 0; g < kOff; ++g) cache[j][g] = tune_score(j, (*options)[g]);
  // Only techniques whose training spans average at least kMinSentenceChars
  // code points (about four words) may be decoded as whole sentences; a
  // short technique (a loaded word, a label) is tagged on its tokens or not
  // at all.
  constexpr double kMinSentenceChars = 24;
  std::vector<bool> long_technique(k);
  for (int j = 0; j < k; ++j)
    long_technique[j] = static_cast<double>(set.span_chars.at(set.names[j])) / set.span_counts.at(set.names[j]) >= kMinSentenceChars;
  size_t tune_gold = 0;
  for (const SpanDoc* d : held.docs) tune_gold += d->gold.size();
  choice->assign(k, kOff);
  std::vector<int>& ch0 = *choice;
  auto micro = [&](const std::vector<int>& ch) {
    SpanScores all;
    for (int j = 0; j < k; ++j) {
      const SpanScores& s = cache[j][ch[j]];
      all.precision_credit += s.precision_credit;
      all.recall_credit += s.recall_credit;
      all.predicted += s.predicted;
    }
    all.gold = tune_gold;
    return all;
  };
  for (int round = 0; round < 4; ++round) {
    for (int j = 0; j < k; ++j) {
      int best_g = ch0[j];
      double best = micro(ch0).F1();
      for (int g = 0; g < kGrid; ++g) {
        if ((*options)[g].mode == 1 && !long_technique[j]) continue;
        if (g < kOff && cache[j][g].precision_credit <= 0) continue;  // nothing right on tune: stays off
        std::vector<int> ch = ch0;
        ch[j] = g;
        const double f = micro(ch).F1();
        if (f > best + 1e-9) {
          best = f;
          best_g = g;
        }
      }
      ch0[j] = best_g;
    }
  }
  if (verbose) {
    for (int j = 0; j < k; ++j) {
      const DecoderOption& o = (*options)[ch0[j]];
      const SpanScores& s = cache[j][ch0[j]];
      std::fprintf(stderr, "  %-34s spans %4zu  %-8s threshold %.2f extend %.3f power %.2f ent %d  %s P %.3f R %.3f F1 %.3f\n",
                   set.names[j].c_str(), set.span_counts.at(set.names[j]),
                   o.mode == 0 ? "token" : o.mode == 1 ? "sentence" : "off", o.t, o.extend, o.power,
                   o.drop_entities ? 1 : 0,
                   c.cv_thresholds ? "cv" : "tune",
                   s.P(), s.R(), s.F1());
    }
  }
  return micro(ch0);
}

Status DumpOutOfFold(const std::string& path, const SpanTrainingSet& set, const HeldOutScores& held,
                     const std::vector<DecoderOption>& options, const std::vector<int>& choice) {
  const int k = set.k();
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return Status::Error(path + ": cannot write");
  size_t gold_total = 0;
  for (const SpanDoc* d : held.docs) gold_total += d->gold.size();
  std::fprintf(f, "#gold\t%zu\n", gold_total);
  std::fprintf(f, "doc\ttechnique\tmode\ttokens\tchars\tmean\tmax\tmin\tsent\tnsent\tquestion\tquote\tentity\tdigit\tpc\trc\ttext\n");
  std::vector<Technique> pred;
  for (size_t n = 0; n < held.docs.size(); ++n) {
    const Document& doc = held.docs[n]->doc;
    for (int j = 0; j < k; ++j) {
      const DecoderOption& o = options[choice[j]];
      if (o.mode == 2) continue;
      pred.clear();
      if (o.mode == 0)
        PersuasionDetector::DecodeSpans(doc, held.token_probs[n].data(), k, j, o.t, set.names[j], &pred, o.extend, o.power,
                                        o.drop_entities ? &held.docs[n]->entity_tokens : nullptr);
      else
        PersuasionDetector::DecodeSentenceSpans(doc, held.sentence_probs[n].data(), k, j, o.t, set.names[j], &pred);
      for (const Technique& x : pred) {
        double pc = 0, rc = 0;
        for (const LabeledSpan& g : held.docs[n]->gold) {
          if (g.technique != set.names[j] || !g.span.Overlaps(x.span)) continue;
          const double inter = std::min(g.span.end, x.span.end) - std::max(g.span.start, x.span.start);
          pc += inter / x.span.size();
          rc += inter / g.span.size();
        }
        int ntok = 0, quote = 0, digit = 0, sent = -1;
        float mx = 0, mn = 1;
        for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
          const Token& t = doc.tokens[i];
          if (t.span.start < x.span.start || t.span.end > x.span.end) continue;
          ++ntok;
          quote |= t.quote != 0;
          digit |= t.kind == TokenKind::kNumber;
          const float p = held.token_probs[n][size_t{i} * k + j];
          mx = std::max(mx, p);
          mn = std::min(mn, p);
        }
        int question = 0;
        for (size_t si = 0; si < doc.sentences.size(); ++si) {
          const Sentence& s = doc.sentences[si];
          if (s.span.start <= x.span.start && x.span.start < s.span.end) {
            sent = static_cast<int>(si);
            const std::u32string_view text = doc.Text(s.span);  // spans count code points
            question = text.find(U'?') != text.npos || text.find(U'\u061F') != text.npos;
          }
        }
        int entity = 0;
        for (const Entity& e : doc.entities)
          for (const Span& m : e.mentions) entity |= m.Overlaps(x.span);
        std::string text = doc.TextUtf8(x.span);
        for (char& ch : text)
          if (ch == '\t' || ch == '\n') ch = ' ';
        std::fprintf(f, "%s\t%s\t%d\t%d\t%u\t%.4f\t%.4f\t%.4f\t%d\t%zu\t%d\t%d\t%d\t%d\t%.4f\t%.4f\t%s\n",
                     doc.id.c_str(), set.names[j].c_str(), o.mode, ntok, x.span.size(), x.score, mx, mn, sent,
                     doc.sentences.size(), question, quote, entity, digit, pc, rc, text.c_str());
      }
    }
  }
  std::fclose(f);
  // Tokens: doc, fold, token, sentence, start, end, edge (punctuation or
  // quotation mark), quote, question sentence, the k token probabilities,
  // the k sentence probabilities; then the gold spans.
  f = std::fopen((path + ".tokens").c_str(), "wb");
  std::FILE* g = std::fopen((path + ".gold").c_str(), "wb");
  if (f == nullptr || g == nullptr) return Status::Error(path + ".tokens: cannot write");
  std::fprintf(f, "#names");
  for (int j = 0; j < k; ++j) std::fprintf(f, "\t%s", set.names[j].c_str());
  std::fprintf(f, "\n");
  for (size_t n = 0; n < held.docs.size(); ++n) {
    const Document& doc = held.docs[n]->doc;
    std::fprintf(g, "#doc\t%zu\t%s\n", n, doc.id.c_str());
    for (const LabeledSpan& l : held.docs[n]->gold)
      std::fprintf(g, "%zu\t%s\t%u\t%u\n", n, l.technique.c_str(), l.span.start, l.span.end);
    for (size_t si = 0; si < doc.sentences.size(); ++si) {
      const Sentence& s = doc.sentences[si];
      int question = 0;
      for (uint32_t i = s.first_token; i < s.end_token; ++i) {
        const std::string_view w = doc.Norm(doc.tokens[i]);
        question |= w.find('?') != std::string_view::npos || w.find("\xd8\x9f") != std::string_view::npos;
      }
      for (uint32_t i = s.first_token; i < s.end_token; ++i) {
        const Token& t = doc.tokens[i];
        const int edge = t.kind == TokenKind::kPunct || t.kind == TokenKind::kQuote;
        std::fprintf(f, "%zu\t%d\t%u\t%zu\t%u\t%u\t%d\t%d\t%d", n, held.docs[n]->fold, i, si, t.span.start,
                     t.span.end, edge, t.quote != 0, question);
        for (int j = 0; j < k; ++j) std::fprintf(f, "\t%.5f", held.token_probs[n][size_t{i} * k + j]);
        for (int j = 0; j < k; ++j) std::fprintf(f, "\t%.5f", held.sentence_probs[n][si * k + j]);
        std::fprintf(f, "\n");
      }
    }
  }
  std::fclose(f);
  std::fclose(g);
  return Status::Ok();
}

}  // namespace isnad
