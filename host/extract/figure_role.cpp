#include "host/extract/figure_role.hpp"

#include "host/extract/figure_difference.hpp"
#include "host/extract/figure_projection.hpp"
#include "host/extract/figure_role_words.hpp"
#include "host/extract/page_furniture.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace crosscheck::extract {
namespace {

using role_words::is_capitalised_word;
using role_words::is_letter;
using role_words::is_upper;
using role_words::one_of;
using role_words::word_at;

// Words after a hyphen that still leave a count: "1,000-plus", "300-odd"
// (the scanner takes "300-odd" into the figure; a spaced form may not).
constexpr std::array<std::string_view, 2> k_count_suffixes = {"plus", "odd"};

// "6.1-magnitude", "2,000-strong", "11-truck": the figure modifies the word
// it is glued to by a hyphen, with nothing between them.
bool is_compound(const SentenceWords& w, std::size_t figure) {
    if (figure + 2 >= w.size()) {
        return false;
    }
    const Token& hyphen = w.token(figure + 1);
    const Token& word = w.token(figure + 2);
    return w.text()[hyphen.start] == '-' && hyphen.start == w.token(figure).end &&
           hyphen.end == word.start && word.kind == TokenKind::word &&
           is_letter(w.text()[word.start]) && !one_of(word.text, k_count_suffixes);
}

// Units of measure and magnitudes: a figure before one measures, never counts.
constexpr std::array<std::string_view, 30> k_measure_units = {
    "magnitude", "richter",    "km",      "kms",      "kilometres", "kilometers",
    "kilometre", "kilometer",  "miles",   "mile",     "metres",     "meters",
    "metre",     "meter",      "feet",    "ft",       "inches",     "cm",
    "mm",        "mph",        "knots",   "hectares", "acres",      "degrees",
    "celsius",   "fahrenheit", "percent", "sq",       "square",     "nautical"};

// Words that lead up to a measure: "magnitude 7.8", "measuring 6.4 and 5.8".
constexpr std::array<std::string_view, 4> k_measure_leads = {"magnitude", "measuring", "measured",
                                                             "registering"};

// A figure with a measure after it, or a measure word before it past other
// figures of a list ("measuring 6.4 and 5.8": both are magnitudes).
bool is_measure(const SentenceWords& w, std::size_t figure) {
    if (one_of(word_at(w, figure + 1), k_measure_units)) {
        return true;
    }
    constexpr std::size_t k_list_reach = 6;
    for (std::size_t back = 1; back <= k_list_reach && back <= figure; ++back) {
        const std::size_t i = figure - back;
        const Token& t = w.token(i);
        if (t.kind == TokenKind::quantity || t.kind == TokenKind::comma) {
            continue;
        }
        return t.kind == TokenKind::word &&
               (one_of(t.text, k_measure_leads) ||
                ((t.text == "and" || t.text == "or" || t.text == "to") && back < k_list_reach &&
                 i > 0 && w.token(i - 1).kind == TokenKind::quantity && is_measure(w, i - 1)));
    }
    return false;
}

// Currency codes written before an amount ("Rs 2 lakh", "USD 5 million").
constexpr std::array<std::string_view, 8> k_currency_codes = {"rs",  "inr", "usd", "eur",
                                                              "gbp", "lyd", "try", "sdg"};

// Currency words after an amount ("5 million dollars").
constexpr std::array<std::string_view, 10> k_currency_words = {
    "dollars", "euros", "pounds", "rupees", "dinars", "lira", "liras", "riyals", "yuan", "francs"};

// "$5,000", "US$ 3 billion", "£2m", "€10", "Rs 2 lakh", "5 million dollars".
bool is_money(const SentenceWords& w, std::size_t figure) {
    const std::string_view text = w.text();
    std::size_t at = std::min(w.mention_at(figure).number_start, text.size());
    while (at > 0 && text[at - 1] == ' ') {
        --at;
    }
    const std::string_view before = text.substr(0, at);
    if (before.ends_with("$") || before.ends_with("\xC2\xA3") || before.ends_with("\xE2\x82\xAC")) {
        return true;
    }
    if (figure > 0 && one_of(word_at(w, figure - 1), k_currency_codes)) {
        return true;
    }
    return one_of(word_at(w, figure + 1), k_currency_words);
}

// A whole number from 0 to 120. Checked by range before flooring: a
// negative or huge value cast to an integer is undefined behaviour.
bool is_whole_age(double value) {
    constexpr double k_oldest = 120;
    return value >= 0 && value <= k_oldest && value == std::floor(value);
}

// "aged 65", "age 7", and "Ali Sheikhi, 29, survived": a
// whole figure of at most 120 set off by commas right after a capitalised
// word.
bool is_age(const SentenceWords& w, std::size_t figure) {
    const std::string_view prev = figure > 0 ? word_at(w, figure - 1) : std::string_view();
    if (prev == "aged" || prev == "age" || prev == "ages") {
        return true;
    }
    if (!is_whole_age(w.mention_at(figure).value) || figure < 2 ||
        w.token(figure - 1).kind != TokenKind::comma) {
        return false;
    }
    const Token& name = w.token(figure - 2);
    const bool after_name = name.kind == TokenKind::word && is_upper(w.text()[name.start]);
    const bool closed = figure + 1 >= w.size() || w.token(figure + 1).kind == TokenKind::comma ||
                        w.token(figure + 1).kind == TokenKind::strong_punct;
    return after_name && closed && w.text()[w.token(figure - 1).start] == ',';
}

// "Dinesh Yadav (31) of Jharkhand": a whole figure of at most 120 alone in
// brackets right after a full name (two capitalised words; "Syrians (47)
// and Egyptians (43)" count people).
bool is_bracketed_age(const SentenceWords& w, std::size_t figure) {
    const auto& m = w.mention_at(figure);
    if (!is_whole_age(m.value) || figure < 3) {
        return false;
    }
    const std::string_view text = w.text();
    const std::size_t start = std::min(m.number_start, text.size());
    const std::size_t end = w.token(figure).end;
    const auto capitalised = [&](const Token& t) {
        return t.kind == TokenKind::word && is_upper(text[t.start]);
    };
    return start > 0 && text[start - 1] == '(' && end < text.size() && text[end] == ')' &&
           capitalised(w.token(figure - 2)) && capitalised(w.token(figure - 3));
}

// Nouns that name a thing by a number: "Route 30", "Gate 3", "Flight 370".
constexpr std::array<std::string_view, 13> k_label_nouns = {
    "route",    "highway", "motorway", "gate",    "flight", "platform", "section",
    "sections", "article", "articles", "chapter", "ward",   "terminal"};

// Words a list of labels runs through: "sections, among them 37 and 38",
// "sections 153, 154 and 175".
constexpr std::array<std::string_view, 5> k_label_list_words = {"and", "or", "among", "them",
                                                                "including"};

// The token before a bracketed group ending at token `close` (a ')'), or
// `close` itself when no '(' opens it within `reach` tokens.
std::size_t before_brackets(const SentenceWords& w, std::size_t close, std::size_t reach) {
    for (std::size_t back = 1; back <= reach && back <= close; ++back) {
        const Token& t = w.token(close - back);
        if (t.kind == TokenKind::strong_punct && w.text()[t.start] == '(') {
            return close - back;
        }
    }
    return close;
}

// "Route 30", and a figure later in a list a label noun opens: "sections,
// among them 37 and 38 (on causing hurt), 304A and 34".
bool is_label(const SentenceWords& w, std::size_t figure) {
    constexpr std::size_t k_list_reach = 40;
    constexpr std::size_t k_bracket_reach = 20;
    if (figure > 0 && one_of(word_at(w, figure - 1), k_label_nouns)) {
        return true;
    }
    // A list member heads no noun: "12 people" after "Route 30," counts.
    const std::string_view next = word_at(w, figure + 1);
    if (!next.empty() && next != "and" && next != "or" && next != "of") {
        return false;
    }
    std::size_t i = figure;
    while (i > 0 && figure - i < k_list_reach) {
        const Token& t = w.token(i - 1);
        if (t.kind == TokenKind::word) {
            if (one_of(t.text, k_label_nouns)) {
                return true;
            }
            // "304A": a label's letter, or one written into it
            const bool labelled =
                t.text.size() == 1 || (!t.text.empty() && t.text[0] >= '0' && t.text[0] <= '9');
            if (!labelled && !one_of(t.text, k_label_list_words)) {
                return false;
            }
        } else if (t.kind == TokenKind::strong_punct && w.text()[t.start] == ')') {
            const std::size_t open = before_brackets(w, i - 1, k_bracket_reach);
            if (open == i - 1) {
                return false;
            }
            i = open + 1;
        } else if (t.kind != TokenKind::comma && t.kind != TokenKind::quantity &&
                   t.kind != TokenKind::other_number) {
            return false;
        }
        --i;
    }
    return false;
}

// Capital letters that write a magnitude when glued to a figure ("5M",
// "10K", "2B"): those are amounts, not labels.
constexpr std::array<std::string_view, 3> k_magnitude_letters = {"m", "k", "b"};

// "section 304A", "Gate 3B", "Platform 2C": one capital letter glued to the
// figure makes it a label's, whatever noun names it.
bool has_glued_capital(const SentenceWords& w, std::size_t figure) {
    if (figure + 1 >= w.size()) {
        return false;
    }
    const Token& letter = w.token(figure + 1);
    return letter.kind == TokenKind::word && letter.start == w.token(figure).end &&
           letter.end == letter.start + 1 && is_upper(w.text()[letter.start]) &&
           !one_of(letter.text, k_magnitude_letters);
}

// "South 24 Parganas", "Gate 3B Road": a figure between two capitalised
// words is part of a name ("Hatay 5,111 dead" is not: the word after it is
// lower case).
bool is_name_part(const SentenceWords& w, std::size_t figure) {
    return figure > 0 && is_capitalised_word(w, figure - 1) && is_capitalised_word(w, figure + 1);
}

// "One resident, Mohammad al-Dawali, said", "two victims - Dinesh Yadav
// and Suresh Ray": one or a few people the story goes on to name, not a
// count. After a comma only one ("Two residents, Ali and Omar," may be
// two of many); after a dash or a colon up to `k_named_few`.
bool is_named_individual(const SentenceWords& w, std::size_t figure) {
    constexpr double k_named_few = 5;
    const double value = w.mention_at(figure).value;
    if (value > k_named_few || figure + 3 >= w.size() || word_at(w, figure + 1).empty() ||
        !is_capitalised_word(w, figure + 3)) {
        return false;
    }
    const Token& mark = w.token(figure + 2);
    const char c = w.text()[mark.start];
    if (c == ',') {
        return value == 1;
    }
    // '-', ':' or a curly dash (U+2013, U+2014: 0xE2 0x80 ...)
    return c == '-' || c == ':' || (mark.kind == TokenKind::strong_punct && c == '\xE2');
}

// Plural nouns of things a figure in news counts that are never people:
// vehicles, places, containers, bodies of people, spans of time. The list
// is closed on purpose: a noun not in it ("45 protesters") is left to the
// metric keywords, since people are named by more nouns than any list
// holds.
constexpr std::array<std::string_view, 62> k_thing_nouns = {
    "coaches",  "carriages",     "wagons",         "trains",     "trucks",        "lorries",
    "vehicles", "cars",          "buses",          "boats",      "ships",         "vessels",
    "planes",   "aircraft",      "helicopters",    "ambulances", "containers",    "provinces",
    "cities",   "towns",         "villages",       "districts",  "regions",       "countries",
    "states",   "nationalities", "neighbourhoods", "sections",   "teams",         "tents",
    "camps",    "aftershocks",   "convoys",        "flights",    "dams",          "bridges",
    "roads",    "sites",         "points",         "areas",      "organisations", "organizations",
    "agencies", "factions",      "sides",          "generals",   "families",      "households",
    "phases",   "problems",      "surgeries",      "operations", "crossings",     "routes",
    "cases",    "hours",         "days",           "weeks",      "months",        "years",
    "decades",  "times"};

// "victims'": a plural word written with a trailing apostrophe.
bool is_plural_possessive(const SentenceWords& w, std::size_t i) {
    const Token& t = w.token(i);
    const std::string_view text = w.text();
    return t.kind == TokenKind::word &&
           ((t.text.ends_with("s") && t.end < text.size() && text[t.end] == '\'') ||
            t.text.ends_with("s'"));
}

// Words between a figure and the noun it heads that leave the noun's
// meaning alone: "four *other* ships".
constexpr std::array<std::string_view, 1> k_noun_modifiers = {"other"};

// Words after a figure that make it count kinds of a thing, never people:
// "six *different* hospitals", "96 *different* nationalities", "two
// *separate* incidents".
constexpr std::array<std::string_view, 2> k_kind_modifiers = {"different", "separate"};

// "17 coaches", "10 provinces", "96 nationalities", "four other ships",
// "six different hospitals", "15 victims' families": the figure heads a
// noun of things, so it counts
// them, not people. A possessive before the noun ("victims'") is the
// noun's owner, not what is counted.
bool heads_thing_noun(const SentenceWords& w, std::size_t figure) {
    std::size_t at = figure + 1;
    if (one_of(word_at(w, at), k_kind_modifiers)) {
        return true;
    }
    if (one_of(word_at(w, at), k_noun_modifiers)) {
        ++at;
    }
    if (at + 1 < w.size() && is_plural_possessive(w, at)) {
        ++at;
    }
    return one_of(word_at(w, at), k_thing_nouns);
}

// Participles of a sample examined: what the figure counts is what was
// looked at, not what the story reports ("of the 830,000 buildings
// surveyed, 105,000 collapsed": 105,000 is the claim).
constexpr std::array<std::string_view, 9> k_sample_participles = {
    "surveyed", "inspected", "assessed", "examined", "checked",
    "tested",   "screened",  "sampled",  "polled"};

// "of the 830,000 buildings surveyed", "of the 1,200 surveyed": a sample
// participle right after the figure or after the noun it heads.
bool is_sample(const SentenceWords& w, std::size_t figure) {
    return one_of(word_at(w, figure + 1), k_sample_participles) ||
           (!word_at(w, figure + 1).empty() &&
            one_of(word_at(w, figure + 2), k_sample_participles));
}

} // namespace

std::string_view to_string(FigureRole role) {
    switch (role) {
    case FigureRole::count:
        return "count";
    case FigureRole::compound:
        return "compound";
    case FigureRole::measure:
        return "measure";
    case FigureRole::money:
        return "money";
    case FigureRole::age:
        return "age";
    case FigureRole::label:
        return "label";
    case FigureRole::thing:
        return "thing";
    case FigureRole::individual:
        return "individual";
    case FigureRole::fraction:
        return "fraction";
    case FigureRole::vague:
        return "vague";
    case FigureRole::projection:
        return "projection";
    case FigureRole::furniture:
        return "furniture";
    case FigureRole::difference:
        return "difference";
    }
    return "count";
}

FigureRole figure_role(const SentenceWords& words, std::size_t figure) {
    const auto& mention = words.mention_at(figure);
    if (mention.value < 1 && mention.value > 0) {
        return FigureRole::fraction;
    }
    if (is_furniture(words, figure)) {
        return FigureRole::furniture;
    }
    if (is_compound(words, figure)) {
        return FigureRole::compound;
    }
    if (is_measure(words, figure)) {
        return FigureRole::measure;
    }
    if (is_money(words, figure)) {
        return FigureRole::money;
    }
    if (is_age(words, figure) || is_bracketed_age(words, figure)) {
        return FigureRole::age;
    }
    if (is_label(words, figure) || has_glued_capital(words, figure) ||
        is_name_part(words, figure)) {
        return FigureRole::label;
    }
    if (is_named_individual(words, figure)) {
        return FigureRole::individual;
    }
    if (heads_thing_noun(words, figure) || is_sample(words, figure)) {
        return FigureRole::thing;
    }
    if (is_difference(words, figure)) {
        return FigureRole::difference;
    }
    if (is_projection(words, figure)) {
        return FigureRole::projection;
    }
    // "more than one person claimed a body": "some", not a count.
    if (mention.qualifier == model::Qualifier::vague ||
        (mention.qualifier == model::Qualifier::more_than && mention.value == 1)) {
        return FigureRole::vague;
    }
    return FigureRole::count;
}

} // namespace crosscheck::extract
