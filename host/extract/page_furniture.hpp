#pragma once
// A step of figure_role (see figure_role.hpp): page chrome around the
// article, not the story ("12 comments", "3 View gallery", "Share 45").
// Internal to host/extract.

#include "host/extract/sentence_words.hpp"

#include <cstddef>

namespace crosscheck::extract {

/// The figure at token `figure` (a quantity token) counts clicks or pictures.
[[nodiscard]] bool is_furniture(const SentenceWords& w, std::size_t figure);

} // namespace crosscheck::extract
