#include "host/extract/figure_projection.hpp"

#include "host/extract/figure_role_words.hpp"

#include <array>
#include <string_view>

namespace crosscheck::extract {
namespace {

using role_words::one_of;
using role_words::word_at;

// Modals of what may yet be, and the verbs a projected figure follows.
constexpr std::array<std::string_view, 4> k_modals = {"may", "might", "could", "would"};
constexpr std::array<std::string_view, 3> k_expectations = {"expected", "likely", "feared"};
constexpr std::array<std::string_view, 6> k_projected_verbs = {"reach",   "exceed", "top",
                                                               "surpass", "pass",   "to"};
constexpr std::array<std::string_view, 6> k_projection_fill = {"rise", "climb",      "increase",
                                                               "grow", "eventually", "to"};

// "could reach 20,000", "is expected to rise to 250": a modal or an
// expectation leads up to the figure through a verb of reaching.
bool is_projected_to(const SentenceWords& w, std::size_t figure) {
    constexpr std::size_t k_reach = 4;
    if (figure == 0 || !one_of(word_at(w, figure - 1), k_projected_verbs)) {
        return false;
    }
    for (std::size_t back = 2; back <= k_reach && back <= figure; ++back) {
        const std::string_view word = word_at(w, figure - back);
        if (one_of(word, k_modals) || one_of(word, k_expectations)) {
            return true;
        }
        if (!one_of(word, k_projected_verbs) && !one_of(word, k_projection_fill)) {
            return false;
        }
    }
    return false;
}

// "800,000 people may flee", "20,000 people might have lost their lives":
// a modal right after the figure's noun, for anything but being ("up to
// 700 people may have been on the boat" is an estimate of what was).
bool is_projected_from(const SentenceWords& w, std::size_t figure) {
    std::size_t at = figure + 1;
    if (!word_at(w, at).empty() && !one_of(word_at(w, at), k_modals)) {
        ++at; // the figure's noun
    }
    if (!one_of(word_at(w, at), k_modals)) {
        return false;
    }
    ++at;
    if (word_at(w, at) == "also") {
        ++at;
    }
    if (word_at(w, at) == "have") {
        ++at;
    }
    // "81 bodies could not be identified" states what is.
    const std::string_view verb = word_at(w, at);
    return !verb.empty() && verb != "been" && verb != "be" && verb != "not";
}
} // namespace

bool is_projection(const SentenceWords& w, std::size_t figure) {
    return is_projected_to(w, figure) || is_projected_from(w, figure);
}

} // namespace crosscheck::extract
