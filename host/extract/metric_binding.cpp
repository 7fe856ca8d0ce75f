#include "host/extract/metric_binding.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace crosscheck::extract {
namespace {

constexpr int k_word_cost = 1;
constexpr int k_comma_cost = 2;
constexpr int k_strong_cost = 5;
constexpr int k_number_cost = 8;

// Offers `offer(hit, cost)` every phrase that starts right of the figure's
// slot, nearest first, with the clause distance to it, up to `k_max_cost`.
template <class Offer>
void offer_right(const SentenceWords& words, std::size_t slot_last, Offer&& offer) {
    int cost = 0;
    for (std::size_t j = slot_last + 1; j < words.size() && cost <= k_max_cost; ++j) {
        for (const auto h : words.starting_at(j)) {
            offer(words.hits()[h], cost);
        }
        cost += clause_cost(words.token(j));
    }
}

// Phrases inside the unit phrase itself ("6,650 refugees" when a rule makes
// "refugees" a unit too), at no distance.
template <class Offer>
void offer_inside(const SentenceWords& words, std::size_t figure, std::size_t slot_last,
                  Offer&& offer) {
    for (std::size_t j = figure + 1; j <= slot_last; ++j) {
        for (const auto h : words.starting_at(j)) {
            offer(words.hits()[h], 0);
        }
    }
}

// Phrases that end left of the figure, nearest first.
template <class Offer>
void offer_left(const SentenceWords& words, std::size_t figure, Offer&& offer) {
    int cost = 0;
    for (std::size_t j = figure; j-- > 0 && cost <= k_max_cost;) {
        for (const auto h : words.ending_at(j)) {
            offer(words.hits()[h], cost);
        }
        cost += clause_cost(words.token(j));
    }
}

// An auxiliary is part of the verb a keyword stands in ("350 have been
// injured" is as close as "350 injured"); "and" joins two figures' clauses
// ("2,300 dead and 10,000 thought to be missing"), so it costs as much as a
// comma.
int word_cost(std::string_view w) {
    static constexpr std::array<std::string_view, 9> k_auxiliaries = {
        "have", "has", "had", "been", "be", "were", "was", "are", "is"};
    if (std::find(k_auxiliaries.begin(), k_auxiliaries.end(), w) != k_auxiliaries.end()) {
        return 0;
    }
    return w == "and" ? k_comma_cost : k_word_cost;
}

} // namespace

int clause_cost(const Token& t) {
    switch (t.kind) {
    case TokenKind::word:
        return word_cost(t.text);
    case TokenKind::other_number:
        return k_word_cost;
    case TokenKind::comma:
        return k_comma_cost;
    case TokenKind::strong_punct:
        return k_strong_cost;
    case TokenKind::quantity:
        return k_number_cost;
    }
    return k_word_cost;
}

MetricKeywords::MetricKeywords(const rules::RuleSet& rules, const Aliases& aliases,
                               const UnitWords& units, PhraseTable& phrases)
    : m_rules(rules) {
    for (std::size_t m = 0; m < rules.metrics.size(); ++m) {
        const auto& metric = rules.metrics[m];
        m_metric_unit.push_back(units.index_of(metric.unit));
        for (const auto& k : metric.keywords) {
            aliases.add_phrase(phrases, k, PhraseKind::metric_keyword, static_cast<int>(m));
        }
        std::size_t last = m;
        for (std::size_t other = 0; other < rules.metrics.size(); ++other) {
            if (rules.metrics[other].name == metric.name) {
                last = other;
            }
        }
        m_referent.push_back(last);
    }
    for (const auto& k : rules.anaphora) {
        phrases.add(k, PhraseKind::anaphora, 0);
    }
}

bool MetricKeywords::compatible(std::size_t metric, const std::vector<int>& units) const {
    if (units.empty()) {
        return !m_rules.metrics[metric].require_unit;
    }
    return std::find(units.begin(), units.end(), m_metric_unit[metric]) != units.end();
}

std::optional<MetricBinding>
MetricKeywords::bind(const SentenceWords& words, std::size_t figure, const FigureUnit& unit,
                     std::optional<std::size_t> previous_metric) const {
    std::optional<std::size_t> best;
    int best_cost = k_max_cost + 1;
    const PhraseHit* best_hit = nullptr;
    // Candidates come in order of preference (right, inside the unit
    // phrase, left): only a cheaper one replaces the best so far, or a
    // longer one at the same place ("dead and injured" over "dead").
    const auto offer = [&](const PhraseHit& hit, int cost) {
        const bool longer_here = cost == best_cost && best_hit != nullptr &&
                                 best_hit->first == hit.first &&
                                 hit.last - hit.first > best_hit->last - best_hit->first;
        if (cost >= best_cost && !longer_here) {
            return;
        }
        std::optional<std::size_t> metric;
        if (hit.kind == PhraseKind::metric_keyword) {
            metric = static_cast<std::size_t>(hit.index);
        } else if (hit.kind == PhraseKind::anaphora) {
            metric = previous_metric;
        }
        if (metric && compatible(*metric, unit.units)) {
            best = metric;
            best_cost = cost;
            best_hit = &hit;
        }
    };
    offer_right(words, unit.slot_last, offer);
    offer_inside(words, figure, unit.slot_last, offer);
    offer_left(words, figure, offer);
    if (!best) {
        return std::nullopt;
    }
    return MetricBinding{*best, factor_to(*best, unit)};
}

double MetricKeywords::factor_to(std::size_t metric, const FigureUnit& unit) const {
    // The factor of the unit word that names the metric's unit (the last
    // such, when a phrase names it twice).
    double factor = 1;
    for (std::size_t u = 0; u < unit.units.size(); ++u) {
        if (unit.units[u] == m_metric_unit[metric]) {
            factor = unit.factors[u];
        }
    }
    return factor;
}

} // namespace crosscheck::extract
