#pragma once
// What a figure's surroundings make of it: "in 2023" is a year, "Sept 21" a
// date, "8 a.m." a clock time, "a six-week war" a duration, "+1 202 555
// 0143" a phone number, "v2" a version, "1." at the start of a line a list
// marker, "21st of September" a date and "21st" alone an ordinal. Only what
// is left is a quantity a claim can be made of.

#include "host/extract/number/figure.hpp"
#include "host/extract/number/token.hpp"

namespace crosscheck::extract::number {

/// The kind the tokens around `f` give it; `f.kind` when its form already
/// decided (an IP address, a version, a date in digits), and quantity when
/// nothing applies. Percentages and negative figures are always
/// quantities. Looks at most a few tokens either side of `f` (a phone
/// number at most 16).
[[nodiscard]] NumberKind classify_in_context(const TokenizedText& tokens, const Figure& f);

} // namespace crosscheck::extract::number
