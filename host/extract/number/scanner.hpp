#pragma once
// Numbers as news text states them: "2,906", "1.2 million", "120k",
// "two hundred and five", "a dozen", "tens of thousands", "between 20 and
// 30", "more than 200". The scanner finds each mention, its value, and the
// interval it stands for under the rules' semantics; it knows nothing about
// metrics, units or claims (host/extract/claim_extractor.hpp does).
//
// How it reads, one step per file of this folder: the text is split into
// tokens (token.hpp); at each token the scanner tries a vague amount
// (vague_amount.hpp), else a figure (figure.hpp: digit literals in
// digit_literal.hpp, number words in word_number.hpp), then what surrounds
// it: a range (range.hpp), qualifiers before and after it
// (qualifier_phrases.hpp), and what kind of number its context makes it
// (context_classifier.hpp).

#include "host/extract/number/mention.hpp"
#include "host/rules/number_semantics.hpp"

#include <string_view>
#include <vector>

namespace crosscheck::extract::number {

/// Finds every number mention in `text` (valid UTF-8 or not: invalid bytes
/// are skipped), in order. Years, dates, clock times, ordinals, durations
/// used as adjectives, phone numbers, IP addresses, version numbers, list
/// markers and the digits of names ("Gate 3B", "Core i7 860") are returned
/// with their `kind` so callers can drop them.
/// `semantics` gives qualifiers and vague amounts their intervals. Never
/// throws on any input but std::bad_alloc; linear time; safe to call from
/// several threads at once.
[[nodiscard]] std::vector<NumberMention> find_numbers(std::string_view text,
                                                      const rules::NumberSemantics& semantics = {});

} // namespace crosscheck::extract::number
