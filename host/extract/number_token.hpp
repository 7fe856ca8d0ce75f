#pragma once
// The number scanner's view of text: a flat list of tokens (words, digit
// runs, symbols) with the whitespace between them summarised, and the word
// lexicon that says which words can be part of a number. Internal to
// host/extract: number.cpp and number_context.cpp build on it.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace crosscheck::extract::detail {

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

/// What the lexicon knows about a word. One word can play several roles
/// ("second" is an ordinal and a time unit; "over" a qualifier and a
/// fraction bar).
enum class Cardinal : std::uint8_t { none, zero, unit, teen, tens, hundred, scale };
enum class Ordinal : std::uint8_t { none, unit, teen, tens, hundred, scale };

struct WordInfo {
    Cardinal cardinal = Cardinal::none;
    Ordinal ordinal = Ordinal::none;
    bool plural = false;        ///< "fifths", "hundreds", "dozens"
    bool dozen = false;         ///< "dozen", "dozens", "dz", "doz"
    bool fraction_word = false; ///< "half", "halves", "quarter", "quarters"
    bool time_unit = false;     ///< "day", "weeks", "hour", "year" ...
    bool month = false;         ///< "september", "sept", "sep" ...
    bool year_cue = false;      ///< "in", "since", "until", "during" ...: what precedes a year
    double value = 0;           ///< cardinal or ordinal number; fraction word: 0.5 / 0.25
    double scale_suffix = 0;    ///< "bn" = 1e9, "k" = 1e3, "lakh" = 1e5 (0: not a suffix)
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

/// The lexicon entry for `word` (compared case-insensitively), or nullptr.
[[nodiscard]] const WordInfo* lookup_word(std::string_view word);

/// True when `a` equals the ASCII-lowercase `lower` ignoring ASCII case.
[[nodiscard]] bool equals_lower(std::string_view a, std::string_view lower);

} // namespace crosscheck::extract::detail
