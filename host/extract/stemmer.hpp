#pragma once
// Words by stem: rule phrases and a sentence's words are compared as
// Snowball (Porter2) English stems, so that one keyword covers its
// inflections ("killed", "killing", "kills" are all "kill"; "residents" and
// "residing" are "resid") while the rules stay written in plain words.
//
// Stemming every word of a text would cost as much as the rest of the
// extraction, so a sentence's words are stemmed only when they could match:
// `StemPrefixes` holds the first letters of every rule stem, and a word
// whose first letters are none of them keeps its own text as its stem
// (it cannot equal a rule stem anyway: a Porter2 stem keeps the first three
// letters of its word, but for the few forms `StemPrefixes` lists).

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

struct sb_stemmer; // libstemmer.h, kept out of the headers that include this

namespace crosscheck::extract {

/// One Snowball English stemmer. Not safe to share between threads (the
/// library keeps its work area in the stemmer); cheap enough to make one
/// per extraction.
class Stemmer {
public:
    Stemmer();
    ~Stemmer();
    Stemmer(const Stemmer&) = delete;
    Stemmer& operator=(const Stemmer&) = delete;

    /// The stem of `word` (lower case, UTF-8), valid until the next call.
    /// A word of one or two letters, or holding a digit, an apostrophe or
    /// a dot ("'s", "1988-1994", "u.s"), is its own stem; "lives" is
    /// "life" (Porter2 would make it "live", the verb of "lived in").
    [[nodiscard]] std::string_view stem(std::string_view word);

private:
    sb_stemmer* m_stemmer;
};

/// True when `word` is stemmed at all: three letters or more, inner '-' allowed.
[[nodiscard]] bool is_stemmed_word(std::string_view word);

/// The first letters of a set of stems: a word whose first letters are not
/// among them has no stem in the set.
class StemPrefixes {
public:
    /// Adds `stem` (and the inflected forms whose first letters differ from
    /// their stem's: "dying" for "die").
    void add(std::string_view stem);
    /// False when no stem added could be the stem of `word`.
    [[nodiscard]] bool may_match(std::string_view word) const;

private:
    void add_prefix(std::string_view prefix);
    [[nodiscard]] static std::uint32_t slot3(std::string_view w);

    static constexpr std::size_t k_slots = std::size_t{1} << 15;
    std::array<std::uint64_t, k_slots / 64> m_three{}; ///< hashed first three bytes
    std::array<std::uint64_t, 65536 / 64> m_two{};     ///< stems of two bytes
    std::array<std::uint64_t, 256 / 64> m_one{};       ///< stems of one byte
};

/// `phrase`'s words (as `normalise_words` writes them) stem by stem,
/// joined by single spaces: "Lost their lives" -> "lost their live".
[[nodiscard]] std::string stem_words(std::string_view phrase);

} // namespace crosscheck::extract
