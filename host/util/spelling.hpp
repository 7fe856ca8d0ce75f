#pragma once
// "Did you mean ...?" for names a user typed: rule keys, checker names.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

/// Levenshtein distance between `a` and `b` (bytes).
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` if it is within `max_distance` edits
/// (and not `word` itself), else nullopt.
[[nodiscard]] std::optional<std::string> closest_match(std::string_view word,
                                                       const std::vector<std::string>& candidates,
                                                       std::size_t max_distance = 2);

} // namespace crosscheck
