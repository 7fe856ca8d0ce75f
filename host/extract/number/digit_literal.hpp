#pragma once
// Figures written in digits: separators ("1,234", "12,34,567", "40 000",
// "1.111,11"), decimals, exponents and powers ("1e10", "1.3x10^6"), the
// forms of a plain integer that are not quantities (IP addresses,
// versions, dates, clock times, ordinals, decades), a fraction written
// after a whole number ("2 1/4") and the abbreviated scales written after
// digits ("120k", "3bn", "$10m").

#include "host/extract/number/figure.hpp"
#include "host/extract/number/token.hpp"

#include <cstddef>

namespace crosscheck::extract::number {

/// Reads the digit literal at token `i` (digits, or "." before digits) into
/// `f`: its value, `last`, and the flags that say how it was written; `kind`
/// when the form alone makes it a date, clock time, IP address, version,
/// ordinal or decade. False when there is no figure there; `f.skip` is then
/// the token the scan may resume at (past "1e309" whole, not at "309").
/// Looks at most a bounded number of tokens ahead of what it reads.
[[nodiscard]] bool read_digit_literal(const TokenizedText& tokens, std::size_t i, Figure& f);

/// "2 1/4" after the lone literal `f`: adds the fraction and extends `f`.
void read_mixed_fraction(const TokenizedText& tokens, Figure& f);

/// An abbreviated scale right after the literal `f` ("120k", "3bn", "10
/// bln", "10M", "1MM", "$10m"): multiplies `f` and extends it. A suffix must
/// be the whole word: "10kg" and "29km" are not "10k".
void read_scale_suffix(const TokenizedText& tokens, Figure& f);

} // namespace crosscheck::extract::number
