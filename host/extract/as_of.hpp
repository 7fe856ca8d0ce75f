#pragma once
// Phase 7: the as-of time of a figure: when the sentence says it held ("as
// of 8 a.m. on Monday", "by Tuesday evening", "by 5 a.m. on Tuesday", "on
// Wednesday evening", "Sept. 21"), resolved against the publication time. A
// weekday is the most recent such day on or before publication; a time
// after publication is clamped to it (a source cannot report the future).
//
// Reads: the sentence's tokens and its date and clock-time mentions, the
// rules' parts of day and local offset. Decides: one time for every figure
// of the sentence (the first day given with a time wins over a bare
// dateline day). Assumes the scanner has classified dates and clock times.

#include "host/extract/lexicon.hpp"
#include "host/rules/rule_set.hpp"
#include "host/util/timestamp.hpp"

#include <optional>
#include <vector>

namespace crosscheck::extract {

/// The time the sentence's `tokens` name, or nullopt when they name none or
/// name only the publication day (then the publication time is meant).
/// `mentions` are the sentence's number mentions the tokens refer to.
[[nodiscard]] std::optional<Timestamp>
resolve_as_of(const std::vector<Token>& tokens, const std::vector<number::NumberMention>& mentions,
              Timestamp published, const rules::TimeRules& rules);

} // namespace crosscheck::extract
