// Readers for the labeled persuasion and check-worthiness data
// (../shared/data/persuasion/, ../shared/data/checkworthiness/), and the
// project's fixed split of the span data into train / tune / dev.
//
// Split (by article, so that paragraphs of one article never straddle
// parts): the key of an ArMPro paragraph is its page (ArMPro `page_id`, or
// the ArAIEval 2024 `id` without its last "_NNN"), the key of a tweet its
// id; FNV-1a 64 of the key modulo 5 is 0 for dev, 1 for tune (held out of
// training to set thresholds), 2-4 for train. Files with an official dev
// set (ArAIEval 2023, CheckThat! 2024) use only train/tune on their train
// file.
#ifndef ISNAD_PERSUADE_DATASETS_H_
#define ISNAD_PERSUADE_DATASETS_H_

#include <string>
#include <string_view>
#include <vector>

#include "isnad/eval/persuasion_eval.h"
#include "isnad/status.h"

namespace isnad {

enum class SplitPart { kTrain, kTune, kDev };
SplitPart SplitOf(std::string_view key);
const char* SplitName(SplitPart part);

struct SpanItem {
  std::string id, key, text;
  bool tweet = false;
  std::vector<LabeledSpan> labels;
};
// ArAIEval 2024 task 1 ({"id","text","labels","type"}) or ArMPro span
// ({"paragraph_id","page_id","paragraph","labels"}) JSON Lines.
Status ReadSpanFile(const std::string& path, std::vector<SpanItem>* out);

struct LabeledText {
  std::string id, text;
  bool label = false;               // 1A, CheckThat!
  std::vector<std::string> labels;  // 1B
};
// ArAIEval 2023 1A ("label": "true"/"false") or 1B ("labels": [...]) JSON Lines.
Status ReadJudgementFile(const std::string& path, std::vector<LabeledText>* out);
// CheckThat! 2024 TSV: tweet_id, tweet_url, tweet_text, class_label (Yes/No).
Status ReadCheckworthyFile(const std::string& path, std::vector<LabeledText>* out);

}  // namespace isnad

#endif  // ISNAD_PERSUADE_DATASETS_H_
