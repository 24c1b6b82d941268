#include "isnad/persuade/persuasion.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "isnad/attrib/attribution_index.h"
#include "isnad/persuade/features.h"
#include "isnad/persuade/stem_grams.h"

namespace isnad {
namespace {

Status LoadIfPresent(const std::string& path, std::unique_ptr<LogisticModel>* out) {
  if (!std::filesystem::exists(path)) return Status::Ok();
  auto m = std::make_unique<LogisticModel>();
  Status st = m->Load(path);
  if (!st.ok()) return st;
  *out = std::move(m);
  return Status::Ok();
}

}  // namespace

Status PersuasionDetector::Load(const std::string& models_dir, std::unique_ptr<PersuasionDetector>* out) {
  out->reset();
  const std::string dir = models_dir + "/persuasion/";
  auto d = std::unique_ptr<PersuasionDetector>(new PersuasionDetector());
  Status st = LoadIfPresent(dir + kTechniqueModelFile, &d->tagger_);
  if (st.ok() && d->tagger_) st = LoadIfPresent(dir + kSentenceTechniqueModelFile, &d->sentence_tagger_);
  if (st.ok() && d->tagger_ && std::filesystem::exists(dir + kStemLexiconFile)) {
    d->lexicon_ = std::make_unique<StemLexicon>();
    st = d->lexicon_->Load(dir + kStemLexiconFile);
  }
  if (st.ok()) st = LoadIfPresent(dir + kPersuasiveModelFile, &d->persuasive_);
  if (st.ok()) st = LoadIfPresent(dir + kDocTechniquesModelFile, &d->doc_techniques_);
  if (!st.ok()) return st;
  if (d->persuasive_ == nullptr) d->doc_techniques_.reset();  // the judgement needs both
  // Inference reports only the outputs that tuning left on.
  if (d->tagger_ && d->tagger_->KeepEnabledOutputs() == 0) d->tagger_.reset();
  if (d->sentence_tagger_ && d->sentence_tagger_->KeepEnabledOutputs() == 0) d->sentence_tagger_.reset();
  if (d->doc_techniques_) d->doc_techniques_->KeepEnabledOutputs();
  if (d->tagger_) {
    d->decoding_.assign(d->tagger_->outputs(), Decoding{});
    const std::string path = dir + kSpanDecodingFile;
    if (std::filesystem::exists(path)) {
      std::ifstream in(path);
      std::string line;
      size_t line_no = 0;
      while (std::getline(in, line)) {
        ++line_no;
        if (line.empty() || line[0] == '#') continue;
        const size_t tab = line.find('\t');
        if (tab == std::string::npos) return Status::Error(path + ":" + std::to_string(line_no) + ": expected technique<TAB>extend");
        const std::string name = line.substr(0, tab);
        Decoding dec;
        char* end = nullptr;
        dec.extend = std::strtof(line.c_str() + tab + 1, &end);
        if (*end == '\t') dec.sentence_power = std::strtof(end + 1, &end);
        if (*end == '\t') dec.drop_entities = std::strtol(end + 1, &end, 10) != 0;
        if (dec.sentence_power < 0 || dec.sentence_power >= 1)
          return Status::Error(path + ":" + std::to_string(line_no) + ": sentence power must be in [0, 1)");
        for (int j = 0; j < d->tagger_->outputs(); ++j)
          if (d->tagger_->name(j) == name) d->decoding_[j] = dec;
      }
    }
    for (int j = 0; j < d->tagger_->outputs(); ++j)
      d->any_drop_entities_ |= d->tagger_->threshold(j) <= 1.f && d->decoding_[j].drop_entities;
  }
  if (d->tagger_ || d->persuasive_) *out = std::move(d);
  return Status::Ok();
}

void PersuasionDetector::DecodeSpans(const Document& doc, const float* probs, int outputs, int k,
                                     float threshold, const std::string& name,
                                     std::vector<Technique>* out, float extend, float sentence_power,
                                     const std::vector<uint8_t>* entity_tokens) {
  if (extend < 0 || extend > threshold) extend = threshold;
  auto edge = [&](uint32_t t) {
    return doc.tokens[t].kind == TokenKind::kPunct || doc.tokens[t].kind == TokenKind::kQuote;
  };
  const float sentence_threshold = threshold, sentence_extend = extend;
  for (const Sentence& s : doc.sentences) {
    if (sentence_power > 0) {
      // p^(1-a) m^a >= t  <=>  p >= (t / m^a)^(1 / (1 - a)).
      float m = 0;
      for (uint32_t t = s.first_token; t < s.end_token; ++t)
        if (!edge(t)) m = std::max(m, probs[size_t{t} * outputs + k]);
      if (m <= 0) continue;
      const float ma = std::pow(m, sentence_power), inv = 1.f / (1.f - sentence_power);
      threshold = std::pow(sentence_threshold / ma, inv);
      extend = std::pow(sentence_extend / ma, inv);
    }
    uint32_t i = s.first_token;
    while (i < s.end_token) {
      if (probs[size_t{i} * outputs + k] < extend) {
        ++i;
        continue;
      }
      uint32_t j = i;
      float sum = 0, top = 0;
      bool has_word = false;
      while (j < s.end_token && probs[size_t{j} * outputs + k] >= extend) {
        sum += probs[size_t{j} * outputs + k];
        top = std::max(top, probs[size_t{j} * outputs + k]);
        has_word |= doc.tokens[j].kind != TokenKind::kPunct && doc.tokens[j].kind != TokenKind::kQuote;
        ++j;
      }
      // Trim punctuation and quotation marks at both ends.
      uint32_t a = i, b = j;
      while (a < b && edge(a)) ++a;
      while (b > a && edge(b - 1)) --b;
      bool on_entity = false;
      if (entity_tokens != nullptr)
        for (uint32_t t = a; t < b; ++t) on_entity |= (*entity_tokens)[t] != 0;
      if (has_word && a < b && top >= threshold && !on_entity) {
        Technique t;
        t.span = Span{doc.tokens[a].span.start, doc.tokens[b - 1].span.end};
        t.technique = name;
        t.score = sum / static_cast<float>(j - i);
        out->push_back(std::move(t));
      }
      i = j;
    }
  }
}

Span PersuasionDetector::SentenceExtent(const Document& doc, const Sentence& s) {
  auto edge = [&](uint32_t t) {
    switch (doc.tokens[t].kind) {
      case TokenKind::kPunct: case TokenKind::kQuote: case TokenKind::kUrl: case TokenKind::kEmail:
      case TokenKind::kMention: case TokenKind::kEmoji: case TokenKind::kSymbol:
        return true;
      case TokenKind::kLatin:
        return doc.Norm(doc.tokens[t]) == "LINK";  // the placeholder of the ArAIEval tweets
      default:
        return false;
    }
  };
  uint32_t a = s.first_token, b = std::min<uint32_t>(s.end_token, static_cast<uint32_t>(doc.tokens.size()));
  while (a < b && edge(a)) ++a;
  while (b > a && edge(b - 1)) --b;
  if (a == b) return Span{};
  return Span{doc.tokens[a].span.start, doc.tokens[b - 1].span.end};
}

void PersuasionDetector::DecodeSentenceSpans(const Document& doc, const float* probs, int outputs, int k,
                                             float threshold, const std::string& name,
                                             std::vector<Technique>* out) {
  for (size_t n = 0; n < doc.sentences.size(); ++n) {
    const float p = probs[n * outputs + k];
    if (p < threshold) continue;
    const Span span = SentenceExtent(doc, doc.sentences[n]);
    if (span.empty()) continue;
    Technique t;
    t.span = span;
    t.technique = name;
    t.score = p;
    out->push_back(std::move(t));
  }
}

void PersuasionDetector::Process(Document* doc) const {
  FeatureVector f;
  TokenContext ctx;  // built when the tagger runs; its stems serve the bags too
  if (tagger_) {
    ctx.Build(*doc);
    const int k = tagger_->outputs();
    std::vector<float> probs(doc->tokens.size() * k);
    for (uint32_t i = 0; i < doc->tokens.size(); ++i) {
      // Punctuation and quotation marks never carry a technique by
      // themselves (DecodeSpans trims them); they are not scored.
      const TokenKind kind = doc->tokens[i].kind;
      if (kind == TokenKind::kPunct || kind == TokenKind::kQuote) continue;
      f.clear();
      ctx.Features(i, &f);
      StemGramFeatures(*doc, ctx, i, &f);
      if (lexicon_) lexicon_->Features(*doc, ctx, i, &f);
      tagger_->Score(f, &probs[size_t{i} * k]);
    }
    doc->techniques.clear();
    std::vector<uint8_t> entity_tokens;
    if (any_drop_entities_) MarkEntityTokens(*doc, &entity_tokens);
    for (int j = 0; j < k; ++j)
      if (tagger_->threshold(j) <= 1.f)
        DecodeSpans(*doc, probs.data(), k, j, tagger_->threshold(j), tagger_->name(j), &doc->techniques,
                    decoding_[j].extend, decoding_[j].sentence_power,
                    decoding_[j].drop_entities ? &entity_tokens : nullptr);
    if (sentence_tagger_) {
      const int ks = sentence_tagger_->outputs();
      std::vector<float> sp(doc->sentences.size() * ks);
      const AttributionIndex index(*doc);
      for (size_t n = 0; n < doc->sentences.size(); ++n) {
        const Sentence& s = doc->sentences[n];
        f.clear();
        BagFeatures(*doc, s.first_token, s.end_token, &f, &index, &ctx);
        BagStemGramFeatures(*doc, s.first_token, s.end_token, &f, &ctx);
        sentence_tagger_->Score(f, &sp[n * ks]);
      }
      for (int j = 0; j < ks; ++j)
        if (sentence_tagger_->threshold(j) <= 1.f)
          DecodeSentenceSpans(*doc, sp.data(), ks, j, sentence_tagger_->threshold(j), sentence_tagger_->name(j),
                              &doc->techniques);
    }
    std::sort(doc->techniques.begin(), doc->techniques.end(), [](const Technique& a, const Technique& b) {
      return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
    });
    doc->layers |= kLayerTechniques;
  }
  if (persuasive_) {
    f.clear();
    BagFeatures(*doc, 0, static_cast<uint32_t>(doc->tokens.size()), &f, nullptr, tagger_ ? &ctx : nullptr);
    float p = 0;
    persuasive_->Score(f, &p);
    doc->persuasion.label = p >= persuasive_->threshold(0);
    doc->persuasion.score = p;
    doc->persuasion.techniques.clear();
    if (doc_techniques_) {
      std::vector<float> probs(doc_techniques_->outputs());
      doc_techniques_->Score(f, probs.data());
      for (int j = 0; j < doc_techniques_->outputs(); ++j)
        if (probs[j] >= doc_techniques_->threshold(j)) doc->persuasion.techniques.push_back(doc_techniques_->name(j));
    }
    doc->layers |= kLayerPersuasion;
  }
}

}  // namespace isnad
