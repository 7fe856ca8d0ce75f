#pragma once
// One figure as written, before qualifiers and ranges: a digit literal
// ("1,234.5", "120k", "3/4"), number words ("two hundred and five", "half a
// million", "three fifths"), or both ("4 thousand 3 hundred and 21"), with
// a sign ("-4.5", "minus five"), a divisor ("one over three") and a percent
// sign ("12%", "12 per cent").

#include "host/extract/number/mention.hpp"
#include "host/extract/number/token.hpp"

#include <cstddef>

namespace crosscheck::extract::number {

/// A figure read from tokens [first, last).
struct Figure {
    std::size_t first = 0; ///< first token
    std::size_t last = 0;  ///< one past the last token
    bool valid = false;
    std::size_t skip = 0; ///< when invalid: tokens before this are no figure ("1e309")
    double value = 0;
    bool words = false;        ///< holds number words ("two", "million", "dozen")
    bool lone_literal = false; ///< exactly one digit literal: no words, suffix, sign or fraction
    bool integer = true;
    bool grouped = false; ///< written with thousands separators
    bool percent = false;
    bool negative = false;
    bool ordinal = false;                   ///< "21st", "tenth"
    bool fraction = false;                  ///< "3/4", "two thirds", "a half"
    double scale = 1;                       ///< the trailing scale: "30 million" -> 1e6
    double unscaled = 0;                    ///< the value before that scale: 30
    std::size_t digits = 0;                 ///< length of a lone literal's digit run
    NumberKind kind = NumberKind::quantity; ///< ip, version, clock, date, ordinal from the form
};

/// Reads figures from tokens. Each `parse` looks at a bounded number of
/// tokens past the ones it consumes, so a scan that calls it at each token
/// and skips what it consumed is linear. Holds a copy of the view (the text
/// and tokens must outlive the parser).
class FigureParser {
public:
    explicit FigureParser(const TokenizedText& tokens) : m_tokens(tokens) {}

    /// True when a figure can start at token `i` (digits, a number word...).
    [[nodiscard]] bool can_start(std::size_t i) const;
    /// The figure starting at token `i`, or an invalid one.
    [[nodiscard]] Figure parse(std::size_t i) const;

private:
    [[nodiscard]] Figure parse_unsigned(std::size_t i, bool allow_over) const;
    [[nodiscard]] bool read_digit_figure(std::size_t i, Figure& f) const;
    void read_divisor(Figure& f) const;
    void read_scale_remainder(Figure& f) const;
    void read_percent(Figure& f) const;

    TokenizedText m_tokens;
};

} // namespace crosscheck::extract::number
