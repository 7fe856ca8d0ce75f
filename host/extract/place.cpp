#include "host/extract/place.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace crosscheck::extract {
namespace {

// Prepositions that state where a figure holds. "from" is left out: "fled
// from Derna" names where people came from, not where they were counted.
constexpr std::array<std::string_view, 6> k_place_prepositions = {"in",     "across", "throughout",
                                                                  "within", "inside", "at"};

bool is_place_preposition(const Token& t) {
    return t.kind == TokenKind::word &&
           std::find(k_place_prepositions.begin(), k_place_prepositions.end(), t.text) !=
               k_place_prepositions.end();
}

bool is_word(const Token& t, std::string_view text) {
    return t.kind == TokenKind::word && t.text == text;
}

// One place phrase of the sentence: tokens [first, last] and its place.
// A clause's subject ("Osmaniye has 878 dead") holds only for the figures
// after it.
struct PlacePhrase {
    std::size_t first = 0;
    std::size_t last = 0;
    std::string place;
    bool rightward = false;
};

// The place hit (its index into `words.hits()`) starting at token `i`, or
// after an article and one word before it ("in the Derna region", "in
// neighbouring Syria", "in the north-western Idlib"), or -1.
int place_hit_at(const SentenceWords& words, std::size_t i) {
    std::size_t words_before = 0;
    for (std::size_t at = i; at < words.size() && at <= i + 2; ++at) {
        for (const std::uint32_t h : words.starting_at(at)) {
            if (words.hits()[h].kind == PhraseKind::place) {
                return static_cast<int>(h);
            }
        }
        const Token& t = words.token(at);
        if (is_word(t, "the")) {
            continue;
        }
        if (t.kind != TokenKind::word || ++words_before > 1) {
            break;
        }
    }
    return -1;
}

// The place hit that starts at token `i` (none: -1).
int place_hit_starting(const SentenceWords& words, std::size_t i) {
    for (const std::uint32_t h : words.starting_at(i)) {
        if (words.hits()[h].kind == PhraseKind::place) {
            return static_cast<int>(h);
        }
    }
    return -1;
}

// Verbs by which a place, as a clause's subject, states its own figures:
// "Osmaniye has 878 dead", "Khartoum state accounted for 203 deaths".
constexpr std::array<std::string_view, 8> k_place_verbs = {
    "has", "had", "have", "reported", "recorded", "registered", "counted", "accounted"};

bool opens_clause(const SentenceWords& words, std::size_t i) {
    if (i == 0) {
        return true;
    }
    const Token& t = words.token(i - 1);
    return t.kind == TokenKind::comma || t.kind == TokenKind::strong_punct || is_word(t, "and") ||
           is_word(t, "while") || is_word(t, "but");
}

// A place that opens a clause and is followed by a figure, or by one of
// `k_place_verbs` and a figure: "Hatay 5,111 dead", "Gaziantep has 2,141
// dead; Sanliurfa 304 dead". The place of the figures after it.
bool read_clause_subject(const SentenceWords& words, const rules::RuleSet& rules, std::size_t i,
                         PlacePhrase& out) {
    const int hit = opens_clause(words, i) ? place_hit_starting(words, i) : -1;
    if (hit < 0) {
        return false;
    }
    const PhraseHit& h = words.hits()[static_cast<std::size_t>(hit)];
    std::size_t next = h.last + 1;
    if (next < words.size() && words.token(next).kind == TokenKind::word &&
        std::find(k_place_verbs.begin(), k_place_verbs.end(), words.token(next).text) !=
            k_place_verbs.end()) {
        ++next;
        if (next < words.size() && is_word(words.token(next), "for")) {
            ++next;
        }
    }
    if (next >= words.size() || !words.is_figure(next)) {
        return false;
    }
    out = PlacePhrase{i, h.last, rules.places[static_cast<std::size_t>(h.index)].name, true};
    return true;
}

// "Syria's death toll", "Turkey's toll": a place's possessive before a
// metric keyword states the place of that figure ("Turkey's disaster
// agency" states none).
bool read_possessive(const SentenceWords& words, const rules::RuleSet& rules, std::size_t i,
                     PlacePhrase& out) {
    const int hit = place_hit_starting(words, i);
    if (hit < 0) {
        return false;
    }
    const PhraseHit& h = words.hits()[static_cast<std::size_t>(hit)];
    const std::size_t s = h.last + 1;
    if (s + 1 >= words.size() || !is_word(words.token(s), "'s") ||
        !words.starts_phrase(s + 1, PhraseKind::metric_keyword)) {
        return false;
    }
    out = PlacePhrase{i, s, rules.places[static_cast<std::size_t>(h.index)].name, false};
    return true;
}

// The phrase opened by the preposition at token `prep`, or none: one
// place, or several joined by "and" / commas ("in Turkey and Syria").
bool read_phrase(const SentenceWords& words, const rules::RuleSet& rules, std::size_t prep,
                 PlacePhrase& out) {
    std::vector<std::string> names;
    int hit = place_hit_at(words, prep + 1);
    if (hit < 0) {
        return false;
    }
    std::size_t last = prep;
    while (hit >= 0) {
        const PhraseHit& h = words.hits()[static_cast<std::size_t>(hit)];
        const std::string& name = rules.places[static_cast<std::size_t>(h.index)].name;
        if (std::find(names.begin(), names.end(), name) == names.end()) {
            names.push_back(name);
        }
        last = h.last;
        // Another place after "and", "," or ", and".
        std::size_t next = h.last + 1;
        bool joined = false;
        while (next < words.size() &&
               (words.token(next).kind == TokenKind::comma || is_word(words.token(next), "and"))) {
            joined = true;
            ++next;
        }
        hit = joined ? place_hit_at(words, next) : -1;
    }
    std::sort(names.begin(), names.end());
    out.first = prep;
    out.last = last;
    out.rightward = false;
    out.place.clear();
    for (const auto& n : names) {
        out.place += (out.place.empty() ? "" : "+") + n;
    }
    // "elsewhere in Libya": the rest of Libya, less the part stated beside it.
    if (prep > 0 && is_word(words.token(prep - 1), "elsewhere")) {
        out.first = prep - 1;
        out.place += "/elsewhere";
    }
    return true;
}

std::size_t distance(const PlacePhrase& p, std::size_t figure, std::size_t none) {
    if (figure < p.first) {
        return p.rightward ? none : p.first - figure;
    }
    return figure > p.last ? figure - p.last : 0;
}

} // namespace

PlacePhrases::PlacePhrases(const rules::RuleSet& rules, const Aliases& aliases,
                           PhraseTable& phrases)
    : m_rules(rules) {
    for (std::size_t p = 0; p < rules.places.size(); ++p) {
        for (const auto& k : rules.places[p].keywords) {
            aliases.add_phrase(phrases, k, PhraseKind::place, static_cast<int>(p));
        }
    }
}

std::string PlacePhrases::place_of(const SentenceWords& words, std::size_t figure) const {
    if (empty()) {
        return {};
    }
    std::string nearest;
    std::size_t best = words.size() + 1;
    PlacePhrase phrase;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const Token& t = words.token(i);
        if (is_place_preposition(t)) {
            if (!read_phrase(words, m_rules, i, phrase)) {
                continue;
            }
        } else if (is_word(t, "elsewhere") &&
                   (i + 1 >= words.size() || !is_place_preposition(words.token(i + 1)) ||
                    place_hit_at(words, i + 2) < 0)) {
            // A bare "elsewhere" ("elsewhere in the country" names no place
            // of the rules): the rest, less the places stated beside it.
            phrase = PlacePhrase{i, i, "elsewhere"};
        } else if (!read_clause_subject(words, m_rules, i, phrase) &&
                   !read_possessive(words, m_rules, i, phrase)) {
            continue;
        }
        if (const std::size_t d = distance(phrase, figure, words.size() + 1); d < best) {
            best = d;
            nearest = phrase.place;
        }
        i = std::max(i, phrase.last);
    }
    return nearest;
}

} // namespace crosscheck::extract
