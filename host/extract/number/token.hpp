#pragma once
// The number scanner's view of text: a flat list of tokens (words, digit
// runs, symbols) with the whitespace between them summarised, and the
// questions every reader of figures asks of them ("is token i the word
// 'and'?", "is it glued to the one before?"). Internal to the scanner.

#include "host/extract/number/word_lexicon.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace crosscheck::extract::number {

enum class TokenType : std::uint8_t {
    word,   ///< letters (ASCII, or any byte >= 0x80 that is not a known symbol or space)
    digits, ///< a run of ASCII digits
    symbol, ///< one punctuation character; `symbol` holds its code point
    vulgar, ///< a vulgar fraction character such as U+00BD; `symbol` holds it
};

/// The whitespace between a token and the one before it.
enum class Gap : std::uint8_t {
    none,    ///< glued: "1,234", "10k", "twenty-six"
    space,   ///< exactly one ASCII space
    narrow,  ///< exactly one U+2009, U+202F or U+00A0 (a digit-group separator)
    wide,    ///< any other horizontal whitespace
    newline, ///< whitespace holding a line break
};

struct Token {
    std::size_t start = 0;
    std::size_t end = 0;
    const WordInfo* info = nullptr; ///< words only; nullptr when the lexicon has no entry
    char32_t symbol = 0;
    TokenType type = TokenType::word;
    Gap gap = Gap::none;
};

/// Splits `text` into tokens, appending to `out` (cleared first). Invalid
/// UTF-8 bytes become part of words; never throws except std::bad_alloc.
void tokenize(std::string_view text, std::vector<Token>& out);

/// Hyphens, dashes and the minus sign: what may stand before a negative
/// figure or between the parts of a date.
[[nodiscard]] constexpr bool is_dash(char32_t c) {
    return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 ||
           c == 0x2212;
}

/// True when `a` equals the ASCII-lowercase `lower` ignoring ASCII case.
/// (Inline: every token question ends here.)
[[nodiscard]] inline bool equals_lower(std::string_view a, std::string_view lower) {
    if (a.size() != lower.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
        if (c != lower[i]) {
            return false;
        }
    }
    return true;
}

/// A text and its tokens. Every question about an index past the last token
/// is answered "no" (or empty), so readers may look ahead without checks.
/// Holds views: `text` and `tokens` must outlive it.
class TokenizedText {
public:
    TokenizedText(std::string_view text, const std::vector<Token>& tokens)
        : m_text(text), m_tokens(tokens) {}

    [[nodiscard]] std::size_t size() const { return m_tokens.size(); }
    [[nodiscard]] const Token& token(std::size_t i) const { return m_tokens[i]; }
    [[nodiscard]] std::string_view text() const { return m_text; }

    [[nodiscard]] std::string_view text_of(std::size_t i) const {
        if (i >= m_tokens.size()) {
            return {};
        }
        return m_text.substr(m_tokens[i].start, m_tokens[i].end - m_tokens[i].start);
    }
    /// Token `i`, of any type, reads `part` ignoring ASCII case: "and", "-", ",".
    [[nodiscard]] bool is(std::size_t i, std::string_view part) const {
        if (i >= m_tokens.size() || m_tokens[i].end - m_tokens[i].start != part.size()) {
            return false;
        }
        return equals_lower(m_text.substr(m_tokens[i].start, part.size()), part);
    }
    /// Token `i` is a word that reads `lower` ignoring ASCII case.
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
    /// Token `i` is a digit run glued to the token before it.
    [[nodiscard]] bool glued_digits(std::size_t i) const { return is_digits(i) && glued(i); }
    /// Token `i` is `symbol` glued to the token before, and glued digits
    /// follow it: the "," of "1,234", the "/" of "3/4".
    [[nodiscard]] bool glued_separator(std::size_t i, char32_t symbol) const {
        return is_symbol(i, symbol) && glued(i) && glued_digits(i + 1);
    }
    /// Token `i` starts a new line (and so never continues a figure).
    [[nodiscard]] bool after_newline(std::size_t i) const {
        return i < m_tokens.size() && m_tokens[i].gap == Gap::newline;
    }
    /// The lexicon entry of word `i`, or nullptr.
    [[nodiscard]] const WordInfo* info(std::size_t i) const {
        if (i >= m_tokens.size() || m_tokens[i].type != TokenType::word) {
            return nullptr;
        }
        return m_tokens[i].info;
    }

private:
    std::string_view m_text;
    const std::vector<Token>& m_tokens;
};

} // namespace crosscheck::extract::number
