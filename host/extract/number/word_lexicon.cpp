#include "host/extract/number/word_lexicon.hpp"

#include <algorithm>
#include <array>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

namespace crosscheck::extract::number {
namespace {

// FNV-1a: the keys are short ASCII words, where it beats std::hash.
struct WordHash {
    std::size_t operator()(std::string_view s) const noexcept {
        std::uint64_t h = 14695981039346656037ull;
        for (const char c : s) {
            h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        }
        return static_cast<std::size_t>(h);
    }
};

using Lexicon = std::unordered_map<std::string_view, WordInfo, WordHash>;

void add_cardinal(Lexicon& lex, std::string_view word, Cardinal c, double value,
                  bool plural = false) {
    WordInfo& w = lex[word];
    w.cardinal = c;
    w.value = value;
    w.plural = w.plural || plural;
}

void add_ordinal(Lexicon& lex, std::string_view word, Ordinal o, double value, bool plural) {
    WordInfo& w = lex[word];
    w.ordinal = o;
    w.value = value;
    w.plural = w.plural || plural;
}

void add_cardinals(Lexicon& lex) {
    static constexpr std::array<std::string_view, 10> k_units = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    static constexpr std::array<std::string_view, 10> k_teens = {
        "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static constexpr std::array<std::string_view, 8> k_tens = {
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (std::size_t i = 0; i < k_units.size(); ++i) {
        add_cardinal(lex, k_units[i], i == 0 ? Cardinal::zero : Cardinal::unit,
                     static_cast<double>(i));
    }
    add_cardinal(lex, "nought", Cardinal::zero, 0);
    add_cardinal(lex, "naught", Cardinal::zero, 0);
    for (std::size_t i = 0; i < k_teens.size(); ++i) {
        add_cardinal(lex, k_teens[i], Cardinal::teen, static_cast<double>(10 + i));
    }
    for (std::size_t i = 0; i < k_tens.size(); ++i) {
        add_cardinal(lex, k_tens[i], Cardinal::tens, static_cast<double>(20 + 10 * i));
    }
    add_cardinal(lex, "hundred", Cardinal::hundred, 100);
    add_cardinal(lex, "hundreds", Cardinal::hundred, 100, true);
}

void add_scales(Lexicon& lex) {
    struct Scale {
        std::string_view singular, plural;
        double value;
    };
    static constexpr std::array<Scale, 6> k_scales = {{{"thousand", "thousands", 1e3},
                                                       {"million", "millions", 1e6},
                                                       {"billion", "billions", 1e9},
                                                       {"trillion", "trillions", 1e12},
                                                       {"lakh", "lakhs", 1e5},
                                                       {"crore", "crores", 1e7}}};
    for (const Scale& s : k_scales) {
        add_cardinal(lex, s.singular, Cardinal::scale, s.value);
        add_cardinal(lex, s.plural, Cardinal::scale, s.value, true);
    }
    // Abbreviated scales written after digits: "3bn", "10 bln", "120k".
    struct Suffix {
        std::string_view word;
        double value;
    };
    static constexpr std::array<Suffix, 11> k_suffixes = {{{"k", 1e3},
                                                           {"bn", 1e9},
                                                           {"bln", 1e9},
                                                           {"tn", 1e12},
                                                           {"tln", 1e12},
                                                           {"trn", 1e12},
                                                           {"mn", 1e6},
                                                           {"mln", 1e6},
                                                           {"mil", 1e6},
                                                           {"lakh", 1e5},
                                                           {"crore", 1e7}}};
    for (const Suffix& s : k_suffixes) {
        lex[s.word].scale_suffix = s.value;
    }
}

// Ordinals, singular and plural (the plural is the fraction reading: "three
// fifths"). "first" and "second" never make fractions but do make compound
// denominators ("twenty-first").
void add_ordinals(Lexicon& lex) {
    static constexpr std::array<std::string_view, 10> k_unit_ordinals = {
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"};
    static constexpr std::array<std::string_view, 10> k_teen_ordinals = {
        "tenth",     "eleventh",  "twelfth",     "thirteenth", "fourteenth",
        "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    static constexpr std::array<std::string_view, 8> k_tens_ordinals = {
        "twentieth", "thirtieth",  "fortieth",  "fiftieth",
        "sixtieth",  "seventieth", "eightieth", "ninetieth"};
    const auto add_both = [&](std::string_view word, Ordinal o, double value) {
        add_ordinal(lex, word, o, value, false);
        static std::deque<std::string> s_plurals; // keeps the plural keys alive
        s_plurals.emplace_back(std::string(word) + "s");
        add_ordinal(lex, s_plurals.back(), o, value, true);
    };
    for (std::size_t i = 1; i < k_unit_ordinals.size(); ++i) {
        add_both(k_unit_ordinals[i], Ordinal::unit, static_cast<double>(i));
    }
    for (std::size_t i = 0; i < k_teen_ordinals.size(); ++i) {
        add_both(k_teen_ordinals[i], Ordinal::teen, static_cast<double>(10 + i));
    }
    for (std::size_t i = 0; i < k_tens_ordinals.size(); ++i) {
        add_both(k_tens_ordinals[i], Ordinal::tens, static_cast<double>(20 + 10 * i));
    }
    add_both("hundredth", Ordinal::hundred, 100);
    add_both("thousandth", Ordinal::scale, 1e3);
    add_both("millionth", Ordinal::scale, 1e6);
    add_both("billionth", Ordinal::scale, 1e9);
    add_both("trillionth", Ordinal::scale, 1e12);
}

void add_fractions_and_dozens(Lexicon& lex) {
    for (std::string_view w : {"half", "halves"}) {
        lex[w].fraction_word = true;
        lex[w].value = 0.5;
        lex[w].plural = w == "halves";
    }
    for (std::string_view w : {"quarter", "quarters"}) {
        lex[w].fraction_word = true;
        lex[w].value = 0.25;
        lex[w].plural = w == "quarters";
    }
    for (std::string_view w : {"dozen", "dozens", "dz", "dzs", "doz", "dozs"}) {
        lex[w].dozen = true;
        lex[w].plural = w.back() == 's' && w != "dozen";
    }
}

// The words the context classifier asks about: time units make durations,
// months dates, year cues years.
void add_context_words(Lexicon& lex) {
    for (std::string_view w :
         {"second",  "seconds",   "sec",       "secs",      "minute",  "minutes",  "min",
          "mins",    "hour",      "hours",     "hr",        "hrs",     "day",      "days",
          "night",   "nights",    "week",      "weeks",     "weekend", "weekends", "month",
          "months",  "year",      "years",     "yr",        "yrs",     "decade",   "decades",
          "century", "centuries", "fortnight", "fortnights"}) {
        lex[w].time_unit = true;
    }
    for (std::string_view w :
         {"january",   "february", "march",    "april",    "may",  "june", "july", "august",
          "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
          "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"}) {
        lex[w].month = true;
    }
    for (std::string_view w : {"in", "since", "until", "till", "during", "before", "after", "early",
                               "late", "mid", "year", "spring", "summer", "autumn", "winter",
                               "circa", "fiscal", "election", "census"}) {
        lex[w].year_cue = true;
    }
}

Lexicon build_lexicon() {
    Lexicon lex;
    add_cardinals(lex);
    add_scales(lex);
    add_ordinals(lex);
    add_fractions_and_dozens(lex);
    add_context_words(lex);
    return lex;
}

// The lexicon flattened into an open-addressing table: a word lookup is one
// hash of at most 16 bytes and, almost always, one key comparison.
class FlatLexicon {
public:
    explicit FlatLexicon(const Lexicon& lex) {
        for (const auto& [word, info] : lex) {
            std::size_t slot = WordHash{}(word) & (k_slots - 1);
            while (m_slots[slot].length != 0) {
                slot = (slot + 1) & (k_slots - 1);
            }
            Slot& s = m_slots[slot];
            s.length = static_cast<std::uint8_t>(word.size());
            std::copy(word.begin(), word.end(), s.key.begin());
            s.info = info;
        }
    }

    [[nodiscard]] const WordInfo* find(std::string_view word) const {
        std::size_t slot = WordHash{}(word) & (k_slots - 1);
        while (m_slots[slot].length != 0) {
            const Slot& s = m_slots[slot];
            if (s.length == word.size() && std::equal(word.begin(), word.end(), s.key.begin())) {
                return &s.info;
            }
            slot = (slot + 1) & (k_slots - 1);
        }
        return nullptr;
    }

private:
    static constexpr std::size_t k_slots = 2048; // a power of two, > 4x the lexicon
    struct Slot {
        std::array<char, 16> key{};
        std::uint8_t length = 0;
        WordInfo info;
    };
    std::vector<Slot> m_slots = std::vector<Slot>(k_slots);
};

const FlatLexicon& lexicon() {
    static const FlatLexicon s_lexicon(build_lexicon());
    return s_lexicon;
}

} // namespace

const WordInfo* lookup_word(std::string_view word) {
    std::array<char, 16> buffer{};
    if (word.size() > buffer.size()) {
        return nullptr;
    }
    for (std::size_t i = 0; i < word.size(); ++i) {
        char c = word[i];
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        } else if (!(c >= 'a' && c <= 'z')) {
            return nullptr; // the lexicon is ASCII letters only
        }
        buffer[i] = c;
    }
    return lexicon().find(std::string_view(buffer.data(), word.size()));
}

} // namespace crosscheck::extract::number
