#pragma once
// A step of figure_role (see figure_role.hpp): a figure of what may yet be,
// not of what is ("could reach 20,000", "is expected to rise to 250",
// "800,000 people may flee"; "700 may have been on board" is an estimate of
// what was, and stays a count). Internal to host/extract.

#include "host/extract/sentence_words.hpp"

#include <cstddef>

namespace crosscheck::extract {

/// The figure at token `figure` (a quantity token) is a projection.
[[nodiscard]] bool is_projection(const SentenceWords& w, std::size_t figure);

} // namespace crosscheck::extract
