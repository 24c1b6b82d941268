// Reads an unlabeled corpus: JSON Lines articles with a "text" field, gzip
// or plain (zlib reads both), such as ../shared/data/corpus/saudinewsnet.jsonl.gz.
// Training code (word counts, profiles, word classes) and the benchmarks
// read the corpus through this one function.
//
// Lines that are not JSON objects with a string "text" are skipped: the
// corpus feeds statistics, and one bad record must not stop them.
// Cost: one pass over the file; one string per line, reused.
#ifndef ISNAD_IO_CORPUS_READER_H_
#define ISNAD_IO_CORPUS_READER_H_

#include <functional>
#include <string>
#include <string_view>

#include "isnad/status.h"

namespace isnad {

// Calls fn(text) with the "text" of each article, in file order, until fn
// returns false or the file ends. Fails only when the file cannot be read.
Status ForEachCorpusText(const std::string& path, const std::function<bool(std::string_view text)>& fn);

}  // namespace isnad

#endif  // ISNAD_IO_CORPUS_READER_H_
