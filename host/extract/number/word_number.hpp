#pragma once
// Figures in number words: "two hundred and five", "twenty-six", "a
// dozen", "half a million", "3 million and a half", "three fifths", "a
// twenty-first", "nine point nought four", "two thirds of a million". The
// whole-number part is read by integer_words.hpp; this reader adds how a
// figure in words may start ("a", "half") and the fractions and decimals
// that may follow it.

#include "host/extract/number/figure.hpp"
#include "host/extract/number/token.hpp"

#include <cstddef>

namespace crosscheck::extract::number {

/// Reads number words at token `i` into `f`. With `after_literal`, `f`
/// holds a digit literal ending at `i` and the words continue it ("1.2
/// million", "4 thousand 3 hundred"); a decimal literal takes only a
/// multiplier. False when there is no figure in words there, or its value
/// is not finite. Bounded lookahead past what it reads.
[[nodiscard]] bool read_number_words(const TokenizedText& tokens, std::size_t i, Figure& f,
                                     bool after_literal);

} // namespace crosscheck::extract::number
