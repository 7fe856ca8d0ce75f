#pragma once
// Counting what a report or a page says: tests that check how many findings,
// points or labels a renderer wrote.

#include <cstddef>
#include <string>

namespace crosscheck::testing {

/// How many times `needle` occurs in `text`, not overlapping.
inline std::size_t occurrences(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto pos = text.find(needle); pos != std::string::npos;
         pos = text.find(needle, pos + needle.size())) {
        ++n;
    }
    return n;
}

} // namespace crosscheck::testing
