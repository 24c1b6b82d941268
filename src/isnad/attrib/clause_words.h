// The word lists and token tests of the attribution stage: complementizers,
// the words that end a speaker's phrase, clause openers, and the like. All
// forms are in the normalized spelling of text/normalize.h.
//
// Cost: each list is a hash set built once at start-up; a test is one
// lookup on a string_view, no allocation.
#ifndef ISNAD_ATTRIB_CLAUSE_WORDS_H_
#define ISNAD_ATTRIB_CLAUSE_WORDS_H_

#include <cstdint>
#include <string_view>
#include <unordered_set>

#include "isnad/document.h"

namespace isnad::clause_words {

using Set = std::unordered_set<std::string_view>;

extern const Set kComplementizers;
extern const Set kSpeakerStops;
extern const Set kContentPrepositions;
extern const Set kConnectors;
extern const Set kTimeAdverbs;
extern const Set kReportedNouns;
extern const Set kNamedHeads;
extern const Set kNotSources;
extern const Set kVarying;
extern const Set kNegations;
extern const Set kConditionals;
extern const Set kClauseOpeners;
extern const Set kInanimateHeads;
extern const Set kSelfReferences;

// Token tests.
bool IsWord(const Token& t);  // Arabic or other-script word
bool IsPunctChar(const Document& doc, const Token& t, char32_t c);
bool IsColon(const Document& doc, const Token& t);
// Sentence-final punctuation or a semicolon.
bool IsClauseEndPunct(const Document& doc, const Token& t);
// True when token i is the opening mark of a quotation.
bool IsOpeningMarkOfQuote(const Document& doc, uint32_t i);

}  // namespace isnad::clause_words

#endif  // ISNAD_ATTRIB_CLAUSE_WORDS_H_
