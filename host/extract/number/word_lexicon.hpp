#pragma once
// The words that can be part of a number, and what each can be: "two" a
// cardinal, "fifths" an ordinal read as a fraction, "dozen", "half",
// "million" a scale, "bn" a scale written after digits, "week" a time unit
// (for durations), "sept" a month and "since" a year cue (for the context
// classifier). One word can play several roles: "second" is an ordinal and
// a time unit.

#include <cstdint>
#include <string_view>

namespace crosscheck::extract::number {

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

/// The lexicon entry for `word` (compared case-insensitively), or nullptr.
/// One hash of at most 16 bytes; safe from any thread (the table is built
/// once, on first use).
[[nodiscard]] const WordInfo* lookup_word(std::string_view word);

} // namespace crosscheck::extract::number
