#pragma once
// A step of figure_role (see figure_role.hpp): a figure that is the size of
// a change or a gap, not a count of its own. "rose to 40,689, 47 more than
// the day before", "the toll jumped by more than 3,000", "an increase of
// 500", "200 fewer than first reported": the count is the other figure;
// compared with it as a toll, the difference would be a false discrepancy.
// Internal to host/extract.

#include "host/extract/sentence_words.hpp"

#include <cstddef>

namespace crosscheck::extract {

/// The figure at token `figure` (a quantity token) states a difference.
[[nodiscard]] bool is_difference(const SentenceWords& w, std::size_t figure);

} // namespace crosscheck::extract
