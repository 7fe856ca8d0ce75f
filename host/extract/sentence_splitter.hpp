#pragma once
// Splits plain text into sentences and paragraphs, the way news copy is
// written: a full stop ends a sentence unless it belongs to an abbreviation
// ("8 a.m. on Monday", "Sept. 21", "U.S. officials", "Mr. Aliyev", "J. Smith")
// or a decimal ("1.5 million").

#include <cstddef>
#include <string_view>
#include <vector>

namespace crosscheck::extract {

/// One sentence: byte offsets into the text, whitespace trimmed.
struct Sentence {
    std::size_t start = 0;
    std::size_t end = 0;       ///< one past the last byte (its final punctuation included)
    std::size_t paragraph = 0; ///< 0-based; paragraphs are separated by blank lines
};

/// A sentence that reaches this many bytes ends at the next whitespace.
/// News sentences are far shorter; text without sentence ends (a table, a
/// dump) would otherwise be one sentence, which every claim in it quotes
/// whole and whose phrases are matched against each of its figures.
inline constexpr std::size_t k_max_sentence_bytes = 4096;

/// The sentences of `text`, in order. Linear in the size of `text`; any
/// bytes are accepted (invalid UTF-8 is treated as letters). No sentence is
/// much longer than `k_max_sentence_bytes`.
[[nodiscard]] std::vector<Sentence> split_sentences(std::string_view text);

} // namespace crosscheck::extract
