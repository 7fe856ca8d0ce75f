#pragma once
// Which figures of one timeline series the HTML report draws: a series of
// 10^4 figures drawn whole made a page of a hundred megabytes that no
// reader can make out anyway. At most `cap` figures are kept: the first and
// the last in time (so the line spans the series and its label sits at the
// real end), every figure a finding names, and an even sample of the rest.

#include <cstddef>
#include <vector>

namespace crosscheck::report::html {

/// The most figures a series draws.
inline constexpr std::size_t k_max_figures_drawn = 200;

/// The positions, ascending, of the figures to draw out of a series whose
/// figures are in time order; `named[i]` says whether figure `i` is named
/// by a finding. With no more than `cap` figures, every position. Else
/// exactly `cap` of them: the first and the last, then the named ones (an
/// even sample of those when they alone pass the room left), then an even
/// sample of the others in what room remains. `cap` must be at least 2.
[[nodiscard]] std::vector<std::size_t> sample_figures(const std::vector<bool>& named,
                                                      std::size_t cap = k_max_figures_drawn);

} // namespace crosscheck::report::html
