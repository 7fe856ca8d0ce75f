#include "host/extract/figure_difference.hpp"

#include "host/extract/figure_role_words.hpp"

#include <array>
#include <string_view>

namespace crosscheck::extract {
namespace {

using role_words::one_of;
using role_words::word_at;

// "47 more than", "200 fewer than": a comparative with "than" after the
// figure. "six more people died" is not here: no "than", and those six
// are a count of the newly dead.
constexpr std::array<std::string_view, 6> k_comparatives = {"more",   "fewer", "less",
                                                            "higher", "lower", "greater"};

bool is_compared_with(const SentenceWords& w, std::size_t figure) {
    return one_of(word_at(w, figure + 1), k_comparatives) && word_at(w, figure + 2) == "than";
}

// Verbs of a change, in the forms news writes them: "jumped by 3,000",
// "has risen by 500", "was revised up by 12".
constexpr std::array<std::string_view, 32> k_change_verbs = {
    "rose",    "risen",     "rise",      "rises",     "rising",   "jumped", "jumps",  "climbed",
    "climbs",  "increased", "increases", "grew",      "grown",    "fell",   "fallen", "falls",
    "dropped", "drops",     "declined",  "decreased", "swelled",  "soared", "surged", "spiked",
    "went",    "gone",      "up",        "down",      "increase", "climb",  "jump",   "drop"};

// Nouns of a change: "an increase of 500", "a drop of 40".
constexpr std::array<std::string_view, 9> k_change_nouns = {
    "increase", "rise", "jump", "drop", "fall", "decrease", "decline", "hike", "surge"};

// Words between a change verb and its "by": "rose sharply by", "went up by".
constexpr std::array<std::string_view, 5> k_change_fill = {"up", "down", "sharply", "further",
                                                           "again"};

// "jumped by more than 3,000", "went up by 500": "by" before the figure, a
// change verb before it (past at most two filler words).
bool is_changed_by(const SentenceWords& w, std::size_t figure) {
    constexpr std::size_t k_reach = 3;
    if (figure < 2 || word_at(w, figure - 1) != "by") {
        return false;
    }
    for (std::size_t back = 2; back <= k_reach + 1 && back <= figure; ++back) {
        const std::string_view word = word_at(w, figure - back);
        if (one_of(word, k_change_verbs)) {
            return true;
        }
        if (!one_of(word, k_change_fill)) {
            return false;
        }
    }
    return false;
}

// "an increase of 500", "a further rise of 40": "of" after a change noun.
bool is_change_of(const SentenceWords& w, std::size_t figure) {
    return figure >= 2 && word_at(w, figure - 1) == "of" &&
           one_of(word_at(w, figure - 2), k_change_nouns);
}

} // namespace

bool is_difference(const SentenceWords& w, std::size_t figure) {
    return is_compared_with(w, figure) || is_changed_by(w, figure) || is_change_of(w, figure);
}

} // namespace crosscheck::extract
