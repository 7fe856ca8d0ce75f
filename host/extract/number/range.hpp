#pragma once
// Ranges: two figures joined into one interval. "between 20 and 30", "from
// 20 to 30", "20-30", "20 to 30 million" (the scale applies to both), "20
// or 30", year spans ("2012-13", "from 1988 to 1994"), and two bounds that
// meet ("more than 100 and less than 300"), a unit after each bound ("44
// mg to 50 mg", "from -18 °C to -34 °C": two figures below zero in either
// order; the range ends at the second figure, leaving its unit to the
// claim extractor). "rose from 20 to 30" is a change, not a range; so is a
// share then a count ("fell 12% to 880").

#include "host/extract/number/figure.hpp"
#include "host/extract/number/mention.hpp"
#include "host/extract/number/token.hpp"
#include "host/model/qualifier.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace crosscheck::extract::number {

/// A range read from a first figure and the one after the joining word:
/// tokens [first, last).
struct Range {
    std::size_t first = 0;
    std::size_t last = 0;
    double value = 0; ///< the midpoint; for a year span, its first year
    double low = 0;
    double high = 0;
    model::Qualifier qualifier = model::Qualifier::range;
    bool percent = false;
    NumberKind kind = NumberKind::quantity; ///< quantity, year, or date ("1995-01")
};

/// The range figure `a` begins, or nullopt. `context` is the kind the
/// context classifier gives `a` alone: only quantities and years begin
/// ranges.
[[nodiscard]] std::optional<Range> read_range(const TokenizedText& tokens,
                                              const FigureParser& parser, const Figure& a,
                                              NumberKind context);

/// The tokens a mention covers, [first, last).
struct TokenSpan {
    std::size_t first = 0;
    std::size_t last = 0;
};

/// "more than 100 and less than 300", "at most 100 and at least 20": when
/// the last two of `mentions` are a lower and an upper bound joined by
/// "and", "but" or a comma and they overlap, merges them into one range.
/// `spans` are the mentions' tokens, one per mention.
void merge_bounds(const TokenizedText& tokens, std::vector<NumberMention>& mentions,
                  std::vector<TokenSpan>& spans);

} // namespace crosscheck::extract::number
