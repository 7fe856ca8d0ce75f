#include "host/extract/number_token.hpp"

#include <algorithm>
#include <array>
#include <deque>
#include <string>
#include <unordered_map>

namespace crosscheck::extract::detail {
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

Lexicon build_lexicon() {
    Lexicon lex;
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

    // Ordinals, singular and plural (the plural is the fraction reading:
    // "three fifths"). "first" and "second" never make fractions but do make
    // compound denominators ("twenty-first").
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

// Multi-byte characters the scanner treats as something other than letters.
struct Special {
    enum Kind { none, space, narrow_space, symbol, vulgar } kind = none;
    char32_t code = 0;
    std::size_t length = 1;
};

Special classify_multibyte(std::string_view text, std::size_t pos) {
    const auto byte = [&](std::size_t i) -> unsigned char {
        return pos + i < text.size() ? static_cast<unsigned char>(text[pos + i]) : 0;
    };
    const unsigned char b0 = byte(0);
    if (b0 == 0xC2) {
        const unsigned char b1 = byte(1);
        if (b1 == 0xA0) {
            return {Special::narrow_space, 0xA0, 2};
        }
        if (b1 == 0xBC || b1 == 0xBD || b1 == 0xBE) { // ¼ ½ ¾
            return {Special::vulgar, static_cast<char32_t>(b1), 2};
        }
        if (b1 == 0xB0 || b1 == 0xA3 || b1 == 0xA5 || b1 == 0xB1) { // ° £ ¥ ±
            return {Special::symbol, static_cast<char32_t>(b1), 2};
        }
        return {};
    }
    if (b0 == 0xC3 && byte(1) == 0x97) { // ×
        return {Special::symbol, 0xD7, 2};
    }
    if (b0 == 0xE2) {
        const unsigned char b1 = byte(1);
        const unsigned char b2 = byte(2);
        if (b1 == 0x80) {
            if (b2 == 0x89 || b2 == 0xAF) {
                return {Special::narrow_space, 0x2000u + (b2 - 0x80u), 3};
            }
            if ((b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xA8 || b2 == 0xA9) {
                return {Special::space, 0x2000u + (b2 - 0x80u), 3};
            }
            if (b2 >= 0x90 && b2 <= 0x95) { // hyphens and dashes
                return {Special::symbol, 0x2000u + (b2 - 0x80u), 3};
            }
            if (b2 >= 0x98 && b2 <= 0x9F) { // quotes
                return {Special::symbol, 0x2000u + (b2 - 0x80u), 3};
            }
            if (b2 == 0xA2 || b2 == 0xA6) { // bullet, ellipsis
                return {Special::symbol, 0x2000u + (b2 - 0x80u), 3};
            }
            return {};
        }
        if (b1 == 0x82 && b2 == 0xAC) { // €
            return {Special::symbol, 0x20AC, 3};
        }
        if (b1 == 0x85 && b2 >= 0x90 && b2 <= 0x9E) { // ⅐ .. ⅞
            return {Special::vulgar, 0x2100u + (b2 - 0x80u) + 0x40u, 3};
        }
        if (b1 == 0x88 && b2 == 0x92) { // minus sign
            return {Special::symbol, 0x2212, 3};
        }
        if (b1 == 0x89 && (b2 == 0xA4 || b2 == 0xA5)) { // ≤ ≥
            return {Special::symbol, 0x2200u + 0x40u + (b2 - 0x80u), 3};
        }
    }
    if (b0 == 0xE3 && byte(1) == 0x80 && byte(2) == 0x80) { // ideographic space
        return {Special::space, 0x3000, 3};
    }
    return {};
}

} // namespace

bool equals_lower(std::string_view a, std::string_view lower) {
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

void tokenize(std::string_view text, std::vector<Token>& out) {
    out.clear();
    out.reserve(text.size() / 5 + 8);
    const std::size_t n = text.size();
    std::size_t pos = 0;
    // Whitespace seen since the last token.
    Gap gap = Gap::none;
    int spaces = 0;
    const auto note_space = [&](Gap kind) {
        ++spaces;
        if (gap == Gap::newline) {
            return;
        }
        if (kind == Gap::newline) {
            gap = Gap::newline;
        } else if (spaces == 1) {
            gap = kind;
        } else {
            gap = Gap::wide;
        }
    };
    const auto push = [&](TokenType type, std::size_t start, std::size_t end, char32_t symbol) {
        Token t;
        t.start = start;
        t.end = end;
        t.type = type;
        t.symbol = symbol;
        t.gap = gap;
        if (type == TokenType::word) {
            t.info = lookup_word(text.substr(start, end - start));
        }
        out.push_back(t);
        gap = Gap::none;
        spaces = 0;
    };
    while (pos < n) {
        const auto c = static_cast<unsigned char>(text[pos]);
        if (c == ' ') {
            note_space(Gap::space);
            ++pos;
        } else if (c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            note_space(Gap::newline);
            ++pos;
        } else if (c == '\t') {
            note_space(Gap::wide);
            ++pos;
        } else if (c >= '0' && c <= '9') {
            const std::size_t start = pos;
            while (pos < n && text[pos] >= '0' && text[pos] <= '9') {
                ++pos;
            }
            push(TokenType::digits, start, pos, 0);
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80) {
            if (c >= 0x80) {
                const Special s = classify_multibyte(text, pos);
                if (s.kind != Special::none) {
                    if (s.kind == Special::space) {
                        note_space(Gap::wide);
                    } else if (s.kind == Special::narrow_space) {
                        note_space(Gap::narrow);
                    } else {
                        push(s.kind == Special::vulgar ? TokenType::vulgar : TokenType::symbol, pos,
                             pos + s.length, s.code);
                    }
                    pos += s.length;
                    continue;
                }
            }
            const std::size_t start = pos;
            while (pos < n) {
                const auto d = static_cast<unsigned char>(text[pos]);
                if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z')) {
                    ++pos;
                } else if (d >= 0x80) {
                    if (classify_multibyte(text, pos).kind != Special::none) {
                        break;
                    }
                    ++pos;
                } else {
                    break;
                }
            }
            push(TokenType::word, start, pos, 0);
        } else if (c < 0x20 || c == 0x7f) {
            note_space(Gap::wide); // other control characters separate like spaces
            ++pos;
        } else {
            push(TokenType::symbol, pos, pos + 1, c);
            ++pos;
        }
    }
}

} // namespace crosscheck::extract::detail
