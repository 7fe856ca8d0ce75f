#pragma once
// One figure as written, before qualifiers and ranges: a digit literal
// ("1,234.5", "120k", "3/4"), number words ("two hundred and five", "half a
// million", "three fifths"), or both ("4 thousand 3 hundred and 21").
// Internal to host/extract.

#include "host/extract/number.hpp"
#include "host/extract/number_token.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace crosscheck::extract::detail {

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

/// Reads figures from a token list. Each `parse` looks at a bounded number of
/// tokens past the ones it consumes, so a scan that calls it at each token
/// and skips what it consumed is linear.
class FigureParser {
public:
    FigureParser(std::string_view text, const std::vector<Token>& tokens)
        : m_text(text), m_tokens(tokens) {}

    /// The figure starting at token `i`, or an invalid one.
    [[nodiscard]] Figure parse(std::size_t i) const;

    // Token helpers shared with the scanner.
    [[nodiscard]] std::string_view text_of(std::size_t i) const {
        if (i >= m_tokens.size()) {
            return {};
        }
        return m_text.substr(m_tokens[i].start, m_tokens[i].end - m_tokens[i].start);
    }
    [[nodiscard]] bool is_word(std::size_t i, std::string_view lower) const {
        return i < m_tokens.size() && m_tokens[i].type == TokenType::word &&
               m_tokens[i].end - m_tokens[i].start == lower.size() &&
               equals_lower(text_of(i), lower);
    }
    [[nodiscard]] bool is_symbol(std::size_t i, char32_t c) const {
        return i < m_tokens.size() && m_tokens[i].type == TokenType::symbol &&
               m_tokens[i].symbol == c;
    }
    [[nodiscard]] bool is_digits(std::size_t i) const {
        return i < m_tokens.size() && m_tokens[i].type == TokenType::digits;
    }
    /// Token `i` follows the one before with no space.
    [[nodiscard]] bool glued(std::size_t i) const {
        return i < m_tokens.size() && m_tokens[i].gap == Gap::none;
    }
    [[nodiscard]] const WordInfo* info(std::size_t i) const {
        if (i >= m_tokens.size() || m_tokens[i].type != TokenType::word) {
            return nullptr;
        }
        return m_tokens[i].info;
    }
    [[nodiscard]] std::size_t size() const { return m_tokens.size(); }
    [[nodiscard]] const Token& token(std::size_t i) const { return m_tokens[i]; }
    /// The kind the figure's surroundings give it: a year ("in 2023"), a
    /// date ("Sept 21"), a clock time ("8 a.m."), a duration ("six-week"),
    /// a phone number, a version, a list marker; `f.kind` when none applies.
    [[nodiscard]] NumberKind classify(const Figure& f) const;
    /// True when a figure can start at token `i` (digits, a number word...).
    [[nodiscard]] bool can_start(std::size_t i) const;

private:
    [[nodiscard]] Figure parse_unsigned(std::size_t i, bool allow_over) const;
    [[nodiscard]] bool parse_literal(std::size_t i, Figure& f) const;
    [[nodiscard]] bool parse_words(std::size_t i, Figure& f, bool after_literal) const;
    void parse_suffix(Figure& f) const;

    std::string_view m_text;
    const std::vector<Token>& m_tokens;
};

} // namespace crosscheck::extract::detail
