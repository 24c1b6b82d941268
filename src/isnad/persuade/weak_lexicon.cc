#include "isnad/persuade/weak_lexicon.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <numeric>
#include <set>
#include <sstream>

#include "isnad/persuade/logistic_model.h"

namespace isnad {
namespace {

// Feature templates (distinct from features.cc and stem_grams.cc); the key
// template hashes the stems of the table.
constexpr uint32_t kLexKey = 700, kLexClass = 701;
constexpr int kLorBuckets = 7, kDfBuckets = 4;

int LorBucket(double lor) {
  static constexpr double kEdges[kLorBuckets - 1] = {-1.0, -0.5, 0.0, 0.5, 1.0, 1.5};
  int b = 0;
  while (b < kLorBuckets - 1 && lor >= kEdges[b]) ++b;
  return b;
}
int DfBucket(uint32_t df) { return df <= 2 ? 0 : df <= 4 ? 1 : df <= 14 ? 2 : 3; }

// Quantile edges of each class's values (sorted in place): kLorBuckets
// buckets, the top two finer (5% and 10%).
std::vector<std::vector<float>> QuantileEdges(std::vector<std::vector<float>>* by_class) {
  static constexpr double kQ[kLorBuckets - 1] = {0.15, 0.35, 0.55, 0.75, 0.90, 0.95};
  std::vector<std::vector<float>> edges(by_class->size());
  for (size_t c = 0; c < by_class->size(); ++c) {
    std::vector<float>& all = (*by_class)[c];
    std::sort(all.begin(), all.end());
    for (double q : kQ) edges[c].push_back(all.empty() ? 0.f : all[static_cast<size_t>(q * (all.size() - 1))]);
  }
  return edges;
}

}  // namespace

void StemLexicon::Build(const std::vector<std::vector<std::string>>& doc_stems,
                        const std::vector<std::vector<std::string>>& doc_labels,
                        const StemLexiconOptions& options) {
  classes_ = options.classes;
  window_ = options.window;
  const size_t k = classes_.size();
  std::vector<uint32_t> pos_docs(k, 0);
  std::map<std::string, std::vector<uint32_t>> counts;  // stem -> per class: df in positive docs; then total df
  uint32_t docs = 0;
  for (size_t d = 0; d < doc_stems.size(); ++d) {
    ++docs;
    std::vector<bool> has(k);
    for (size_t c = 0; c < k; ++c) {
      has[c] = std::find(doc_labels[d].begin(), doc_labels[d].end(), classes_[c]) != doc_labels[d].end();
      pos_docs[c] += has[c];
    }
    std::set<std::string> seen(doc_stems[d].begin(), doc_stems[d].end());
    for (const std::string& s : seen) {
      std::vector<uint32_t>& v = counts[s];
      if (v.empty()) v.assign(k + 1, 0);
      for (size_t c = 0; c < k; ++c) v[c] += has[c];
      ++v[k];
    }
  }
  entries_.clear();
  weights_.clear();
  if (options.statistic == "lr") {
    LogisticModel model("lexicon", 20, classes_);
    std::vector<TrainExample> examples;
    for (size_t d = 0; d < doc_stems.size(); ++d) {
      TrainExample e;
      std::set<std::string> seen(doc_stems[d].begin(), doc_stems[d].end());
      const float v = 1.f / std::sqrt(static_cast<float>(seen.size() + 1));
      for (const std::string& s : seen) e.features.Add(FeatureId(kLexKey, s), v);
      e.labels.assign(k, 0);
      for (size_t c = 0; c < k; ++c)
        e.labels[c] = std::find(doc_labels[d].begin(), doc_labels[d].end(), classes_[c]) != doc_labels[d].end();
      examples.push_back(std::move(e));
    }
    TrainOptions opt;
    opt.epochs = 10;
    opt.learning_rate = 0.2f;
    opt.pos_weight_power = 0.5f;
    TrainLinearModel(examples, opt, &model);
    std::vector<std::pair<std::string, std::vector<float>>> kept;
    std::vector<std::vector<float>> by_class(k);
    for (const auto& [stem, v] : counts) {
      if (v[k] < options.min_df) continue;
      const uint32_t b = model.Bucket(FeatureId(kLexKey, stem));
      std::vector<float> w(k);
      for (size_t c = 0; c < k; ++c) {
        w[c] = model.weights()[size_t{b} * k + c];
        by_class[c].push_back(w[c]);
      }
      kept.emplace_back(stem, std::move(w));
    }
    const std::vector<std::vector<float>> edges = QuantileEdges(&by_class);
    for (auto& [stem, w] : kept) {
      std::vector<uint8_t> codes(k);
      for (size_t c = 0; c < k; ++c) {
        int b = 0;
        while (b < kLorBuckets - 1 && w[c] >= edges[c][b]) ++b;
        codes[c] = static_cast<uint8_t>(1 + b * kDfBuckets + DfBucket(counts[stem][k]));
      }
      entries_.emplace_back(stem, std::move(codes));
      weights_.push_back(w);
    }
  }
  const double a0 = options.prior;
  for (const auto& [stem, v] : counts) {
    if (options.statistic == "lr") break;
    const uint32_t df = v[k];
    if (df < options.min_df) continue;
    std::vector<uint8_t> codes(k);
    std::vector<float> w(k);
    for (size_t c = 0; c < k; ++c) {
      const double a = v[c], b = df - v[c];
      const double p = pos_docs[c], n = docs - pos_docs[c];
      const double lor = std::log((a + a0) / (p - a + a0)) - std::log((b + a0) / (n - b + a0));
      codes[c] = static_cast<uint8_t>(1 + LorBucket(lor) * kDfBuckets + DfBucket(df));
      w[c] = static_cast<float>(lor);
    }
    entries_.emplace_back(stem, std::move(codes));
    weights_.push_back(std::move(w));
  }
  Index();
}

void StemLexicon::Index() {
  keys_.clear();
  codes_.clear();
  std::vector<std::pair<uint64_t, size_t>> order;
  for (size_t e = 0; e < entries_.size(); ++e) order.emplace_back(FeatureId(kLexKey, entries_[e].first), e);
  std::sort(order.begin(), order.end());
  for (const auto& [key, e] : order) {
    keys_.push_back(key);
    codes_.insert(codes_.end(), entries_[e].second.begin(), entries_[e].second.end());
  }
  index_.Build(keys_);
}

size_t StemLexicon::Expand(const std::vector<StemClusterCount>& counts, const LexiconExpansionOptions& options) {
  const size_t k = classes_.size();
  if (k == 0 || weights_.size() != entries_.size()) return 0;
  std::map<std::string_view, size_t> at;  // stem -> entry
  for (size_t e = 0; e < entries_.size(); ++e) at.emplace(entries_[e].first, e);
  // Rows grouped by stem (deterministic order whatever the input order).
  std::map<std::string_view, std::vector<std::pair<uint32_t, uint32_t>>> by_stem;
  for (const StemClusterCount& r : counts)
    if (r.count > 0) by_stem[r.stem].emplace_back(r.cluster, r.count);
  // Each lexicon stem counts once, shared among its clusters by occurrences.
  std::vector<double> mean(k, 0.0);
  for (const std::vector<float>& w : weights_)
    for (size_t c = 0; c < k; ++c) mean[c] += w[c];
  for (size_t c = 0; c < k; ++c) mean[c] /= std::max<size_t>(weights_.size(), 1);
  struct Sum {
    std::vector<double> w;
    double n = 0;
  };
  std::map<uint32_t, Sum> clusters;
  std::map<std::string_view, uint64_t> total;
  for (auto& [stem, rows] : by_stem) {
    std::sort(rows.begin(), rows.end());
    uint64_t t = 0;
    for (const auto& [cl, n] : rows) t += n;
    total[stem] = t;
    auto e = at.find(stem);
    if (e == at.end()) continue;
    for (const auto& [cl, n] : rows) {
      Sum& s = clusters[cl];
      if (s.w.empty()) s.w.assign(k, 0.0);
      const double share = static_cast<double>(n) / t;
      for (size_t c = 0; c < k; ++c) s.w[c] += share * weights_[e->second][c];
      s.n += share;
    }
  }
  // Expanded value: occurrence-weighted mean over the stem's clusters of the
  // cluster's mean weight without the stem itself, shrunk to the mean.
  std::vector<std::pair<std::string_view, std::vector<float>>> values;
  std::vector<std::vector<float>> by_class(k);
  for (const auto& [stem, rows] : by_stem) {
    const uint64_t t = total[stem];
    if (t < options.min_count) continue;
    auto e = at.find(stem);
    std::vector<double> num(k, 0.0);
    for (const auto& [cl, n] : rows) {
      auto it = clusters.find(cl);
      const double share = static_cast<double>(n) / t;
      for (size_t c = 0; c < k; ++c) {
        double sw = options.prior * mean[c], sn = options.prior;
        if (it != clusters.end()) {
          sw += it->second.w[c];
          sn += it->second.n;
          if (e != at.end()) {
            sw -= share * weights_[e->second][c];
            sn -= share;
          }
        }
        num[c] += share * (sn > 1e-9 ? sw / sn : mean[c]);
      }
    }
    std::vector<float> v(k);
    for (size_t c = 0; c < k; ++c) {
      v[c] = static_cast<float>(num[c]);
      by_class[c].push_back(v[c]);
    }
    values.emplace_back(stem, std::move(v));
  }
  const std::vector<std::vector<float>> edges = QuantileEdges(&by_class);
  auto count_bucket = [](uint64_t n) { return n <= 20 ? 0 : n <= 100 ? 1 : n <= 1000 ? 2 : 3; };
  std::map<std::string, std::pair<std::vector<uint8_t>, std::vector<float>>> merged;
  for (size_t e = 0; e < entries_.size(); ++e) {
    std::vector<uint8_t> codes = entries_[e].second;
    codes.resize(2 * k, 0);
    merged.emplace(entries_[e].first, std::make_pair(std::move(codes), weights_[e]));
  }
  for (const auto& [stem, v] : values) {
    auto& m = merged[std::string(stem)];
    if (m.first.empty()) m.first.assign(2 * k, 0), m.second.assign(k, 0.f);
    for (size_t c = 0; c < k; ++c) {
      int b = 0;
      while (b < kLorBuckets - 1 && v[c] >= edges[c][b]) ++b;
      m.first[k + c] = static_cast<uint8_t>(1 + b * kDfBuckets + count_bucket(total[stem]));
    }
  }
  const size_t expanded = values.size();
  entries_.clear();
  weights_.clear();
  for (auto& [stem, m] : merged) {
    entries_.emplace_back(stem, std::move(m.first));
    weights_.push_back(std::move(m.second));
  }
  for (size_t c = 0; c < k; ++c) classes_.push_back(classes_[c] + "~ctx");
  Index();
  return expanded;
}

Status StemLexicon::Save(const std::string& path, const std::string& info) const {
  std::ofstream out(path, std::ios::binary);
  if (!out) return Status::Error(path + ": cannot write");
  out << "# isnad stem lexicon 1: light stem, then per class a code 1 + 4 * (statistic bucket 0-6) + (document "
         "count bucket 0-3: 2, 3-4, 5-14, 15+)\n";
  out << "# " << info << "\n";
  out << "window\t" << window_ << '\n';
  out << "classes";
  for (const std::string& c : classes_) out << '\t' << c;
  out << '\n';
  for (const auto& [stem, codes] : entries_) {
    out << stem;
    for (uint8_t c : codes) out << '\t' << static_cast<int>(c);
    out << '\n';
  }
  out.close();
  if (!out) return Status::Error(path + ": write failed");
  return Status::Ok();
}

Status StemLexicon::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot read");
  classes_.clear();
  entries_.clear();
  window_ = 0;
  std::vector<std::pair<uint64_t, std::vector<uint8_t>>> rows;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream ss(line);
    std::string f;
    while (std::getline(ss, f, '\t')) fields.push_back(f);
    if (classes_.empty() && fields.size() == 2 && fields[0] == "window") {
      window_ = std::clamp(std::atoi(fields[1].c_str()), 0, 3);
      continue;
    }
    if (classes_.empty()) {
      if (fields.size() < 2 || fields[0] != "classes")
        return Status::Error(path + ":" + std::to_string(line_no) + ": expected a 'classes' line");
      classes_.assign(fields.begin() + 1, fields.end());
      continue;
    }
    if (fields.size() != classes_.size() + 1)
      return Status::Error(path + ":" + std::to_string(line_no) + ": expected " +
                           std::to_string(classes_.size() + 1) + " fields");
    std::vector<uint8_t> codes;
    for (size_t c = 1; c < fields.size(); ++c) {
      const int v = std::atoi(fields[c].c_str());
      if (v < 0 || v > kLorBuckets * kDfBuckets)
        return Status::Error(path + ":" + std::to_string(line_no) + ": bad bucket code");
      codes.push_back(static_cast<uint8_t>(v));
    }
    rows.emplace_back(FeatureId(kLexKey, fields[0]), std::move(codes));
  }
  if (classes_.empty()) return Status::Error(path + ": empty lexicon");
  std::sort(rows.begin(), rows.end());
  keys_.clear();
  codes_.clear();
  for (const auto& [key, codes] : rows) {
    keys_.push_back(key);
    codes_.insert(codes_.end(), codes.begin(), codes.end());
  }
  index_.Build(keys_);
  return Status::Ok();
}

const uint8_t* StemLexicon::Find(std::string_view stem) const {
  const ptrdiff_t at = index_.Find(keys_, FeatureId(kLexKey, stem));
  return at < 0 ? nullptr : &codes_[static_cast<size_t>(at) * classes_.size()];
}

void StemLexicon::Features(const Document& doc, const TokenContext& ctx, uint32_t i, FeatureVector* out) const {
  const int n = static_cast<int>(doc.tokens.size());
  for (int d = -window_; d <= window_; ++d) {
    const int j = static_cast<int>(i) + d;
    if (j < 0 || j >= n) continue;
    const Token& t = doc.tokens[j];
    if (t.kind != TokenKind::kWord) continue;
    const uint8_t* codes = Find(ctx.stem(static_cast<uint32_t>(j)));
    for (int c = 0; c < classes(); ++c)
      out->Add(FeatureId(kLexClass, (uint64_t(d + 8) << 16) | (uint64_t(c) << 8) | (codes != nullptr ? codes[c] : 0)));
  }
}

}  // namespace isnad
