#pragma once
// The words that hedge a figure: before it ("more than 200", "about 120,000",
// "no fewer than", ">="), after it ("200 or more", "500 or less", "200-odd",
// "200+"), "or equal to" that turns "more than" into "at least", and the
// interval each qualifier makes of a figure under the rules' semantics.

#include "host/extract/number/figure.hpp"
#include "host/extract/number/token.hpp"
#include "host/model/qualifier.hpp"
#include "host/rules/number_semantics.hpp"

#include <cstddef>
#include <optional>

namespace crosscheck::extract::number {

/// The longest prefix qualifier ending right before token `start`: returns
/// its first token and sets `q`, or returns `start` when none stands there.
/// A match refused by its context ("how about 2", "handed over 1,200")
/// returns `start` but leaves `q` set, as the scanner has always done.
[[nodiscard]] std::size_t prefix_qualifier(const TokenizedText& tokens, std::size_t start,
                                           model::Qualifier& q);

/// Prefix qualifiers before token `first`, stacked ones included ("about
/// more than 200", at most three): where they start, and the one nearest
/// the figure, which decides the interval. nullopt when there is none.
struct StackedPrefix {
    std::size_t start = 0;
    model::Qualifier nearest = model::Qualifier::none;
};
[[nodiscard]] std::optional<StackedPrefix> stacked_prefix(const TokenizedText& tokens,
                                                          std::size_t first);

/// A postfix qualifier at token `last`, right after figure `f` ("or more",
/// "-odd", "+"), unless a figure follows ("or less than 6000"): its
/// qualifier and the token after it.
struct Postfix {
    model::Qualifier qualifier = model::Qualifier::none;
    std::size_t end = 0;
};
[[nodiscard]] std::optional<Postfix> postfix_qualifier(const TokenizedText& tokens,
                                                       const FigureParser& parser, const Figure& f,
                                                       std::size_t last);

/// "or equal (to (it))" at token `last`, with no figure after it ("more
/// than 5000 or equal to"): the token after it, or nullopt.
[[nodiscard]] std::optional<std::size_t> or_equal_end(const TokenizedText& tokens,
                                                      const FigureParser& parser, std::size_t last);

/// The interval `q` makes of `value`: "more than N" is [N, N * the open
/// upper factor] or open above (always open for N <= 0), "nearly N" and
/// "about N" are widened by their tolerances, an exact figure is [N, N].
struct Interval {
    std::optional<double> low;
    std::optional<double> high;
};
[[nodiscard]] Interval qualified_interval(model::Qualifier q, double value,
                                          const rules::NumberSemantics& semantics);

} // namespace crosscheck::extract::number
