#pragma once
// Whole numbers in words, the way people read them aloud: units and tens
// add up ("twenty-six"), "hundred" multiplies the current group, a scale
// word ("thousand", "million", "lakh") closes the group, "and" joins ("two
// hundred and five"), a few digits may stand among the words ("4 thousand
// 3 hundred and 21"). The reader is an accumulator over words.

#include "host/extract/number/token.hpp"

#include <cstddef>
#include <limits>

namespace crosscheck::extract::number {

/// What the last word read was; it decides what may follow.
enum class WordRole { none, article, literal, zero, unit, teen, tens, hundred, scale, dozen, and_ };

/// The running value of a run of number words.
struct WordTally {
    static constexpr double k_no_scale = std::numeric_limits<double>::infinity();

    double total = 0;    ///< closed scale groups
    double hundreds = 0; ///< hundreds of the open group
    double rest = 0;     ///< below a hundred in the open group (or a literal)
    double last_scale = k_no_scale;
    double scale = 1;      ///< the scale that closed the last group
    double tens_value = 0; ///< the last tens word, for "thirty-fifths"
    bool tens_after_atom = false;
    double and_base = -1; ///< value before the last joining "and"
    double and_scale = 1; ///< the scale word right before that "and" ("million and a half")
    double split_num = 0; ///< "one hundred one thousand fifths": 100 ...
    double split_den = 0; ///< ... over 1000 (+ the ordinal); 0 when no such split
    WordRole prev = WordRole::none;
    bool has_hundreds = false;
    bool has_rest = false;
    bool words = false;  ///< a number word was read (not only digits)
    std::size_t end = 0; ///< one past the last token read

    [[nodiscard]] double value() const { return total + hundreds + rest; }
};

/// Reads the whole number in words starting at token `p` into `tally`
/// (which may hold a literal or an article read before). Stops at the first
/// token that does not fit; an "and" that joins nothing is given back.
void read_integer_words(const TokenizedText& tokens, std::size_t p, WordTally& tally);

/// True for the hyphens that join number words ("twenty-six").
[[nodiscard]] bool is_word_hyphen(const Token& t);

} // namespace crosscheck::extract::number
