#pragma once
// A page's headline in its text. News pages state the story's main figure
// in the <h1> and again in the first paragraph ("Quake kills 212" / "An
// earthquake killed 212 people on Monday..."): kept both, the source would
// state the figure twice and count as two claims of one outlet. Decided
// here, at ingest, where the page's structure is still known; what reaches
// extraction is plain text, in which a headline is one more paragraph.

#include <cstddef>
#include <string>
#include <string_view>

namespace crosscheck::ingest {

/// How many paragraphs after the headline are its lede: where a repeated
/// figure is looked for.
inline constexpr std::size_t k_lede_paragraphs = 3;

/// `text` (paragraphs joined by "\n\n") without the first paragraph equal
/// to `headline`, when the headline states at least one figure (a number in
/// digits, or a number word such as "dozens") and the next
/// `k_lede_paragraphs` paragraphs state every one of them again ("1,200"
/// and "1200" are the same figure). Otherwise `text` unchanged: a headline
/// with a figure of its own is the only place that figure is stated.
[[nodiscard]] std::string without_repeated_headline(std::string text, std::string_view headline);

} // namespace crosscheck::ingest
