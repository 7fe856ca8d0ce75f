#pragma once
// Finding a claim's figure in its quoted sentence and marking it: the
// figure as written ("more than 2,000") is searched for in the sentence,
// and the page shows the sentence with <mark> around it. Each part (before,
// figure, after) is escaped separately, so the mark can never split an
// entity or be closed early by the source's own text.

#include "host/store/claim_store.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace crosscheck::report::html {

/// Bytes [begin, end) of a quote.
struct FigureSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
    auto operator<=>(const FigureSpan&) const = default;
};

/// Where `figure` occurs in `quote`. Matching forgives what quoting and
/// extraction change: ASCII case, and runs of whitespace (including no-break
/// and thin spaces) against any other run. Among several occurrences it
/// prefers one that is not part of a longer number or word, then the one
/// nearest `hint` (the expected byte offset), then the earliest. nullopt
/// when the figure is empty or not in the quote.
[[nodiscard]] std::optional<FigureSpan> locate_figure(std::string_view quote,
                                                      std::string_view figure,
                                                      std::optional<std::size_t> hint = {});

/// The expected offset of `claim.text` in `claim.quote`: its span in the
/// source less the sentence's start, when both are known. The quote has its
/// whitespace collapsed, so this is a hint, not an answer.
[[nodiscard]] std::optional<std::size_t> figure_hint(const model::Claim& claim);

/// `quote` as HTML element content with the figure in <mark>; the whole
/// quote escaped, without a mark, when the figure is not found.
[[nodiscard]] std::string highlight_figure(std::string_view quote, std::string_view figure,
                                           std::optional<std::size_t> hint = {});

} // namespace crosscheck::report::html
