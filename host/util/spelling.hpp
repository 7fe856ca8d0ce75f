#pragma once
// "Did you mean ...?" for names a user typed: rule sections and keys,
// checker and plugin names, front matter keys, finding ids. One distance and
// one wording, so every command suggests the same way.

#include <optional>
#include <string>
#include <string_view>

namespace crosscheck {

/// Levenshtein distance between `a` and `b` (bytes).
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` if it is within `max_distance` edits
/// (and not `word` itself), else nullopt; the first of equally close ones.
/// `candidates` is any range of things convertible to std::string_view.
template <class Range>
[[nodiscard]] std::optional<std::string>
closest_match(std::string_view word, const Range& candidates, std::size_t max_distance = 2) {
    std::optional<std::string> best;
    std::size_t best_distance = max_distance + 1;
    for (const auto& candidate : candidates) {
        const std::string_view c(candidate);
        const std::size_t d = edit_distance(word, c);
        if (d > 0 && d < best_distance) {
            best = std::string(c);
            best_distance = d;
        }
    }
    return best;
}

/// " (did you mean 'NAME'?)" for the closest candidate, or "" when none is
/// close: the suffix every "unknown ..." message ends with.
template <class Range>
[[nodiscard]] std::string did_you_mean(std::string_view word, const Range& candidates) {
    const auto near = closest_match(word, candidates);
    return near ? " (did you mean '" + *near + "'?)" : std::string();
}

} // namespace crosscheck
