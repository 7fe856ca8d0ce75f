#pragma once
// The as-of time of a figure: when the sentence says it held ("as of 8 a.m.
// on Monday", "by Tuesday evening", "by 5 a.m. on Tuesday", "on Wednesday
// evening", "Sept. 21"), resolved against the publication time. A weekday
// is the most recent such day on or before publication; a time after
// publication is clamped to it (a source cannot report the future).

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
