#include "host/extract/metric_binding.hpp"

#include <algorithm>

namespace crosscheck::extract {
namespace {

constexpr int k_word_cost = 1;
constexpr int k_comma_cost = 2;
constexpr int k_strong_cost = 5;
constexpr int k_number_cost = 8;

} // namespace

int clause_cost(const Token& t) {
    switch (t.kind) {
    case TokenKind::word:
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
    const auto& hits = words.hits();
    std::optional<std::size_t> best;
    int best_cost = k_max_cost + 1;
    // Candidates come in order of preference: only a cheaper one replaces
    // the best so far.
    const auto offer = [&](const PhraseHit& hit, int cost) {
        if (cost >= best_cost) {
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
        }
    };
    // Right of the figure, from the end of its unit phrase.
    int cost = 0;
    for (std::size_t j = unit.slot_last + 1; j < words.size() && cost <= k_max_cost; ++j) {
        for (const auto h : words.starting_at(j)) {
            offer(hits[h], cost);
        }
        cost += clause_cost(words.token(j));
    }
    // Inside the unit phrase itself.
    for (std::size_t j = figure + 1; j <= unit.slot_last; ++j) {
        for (const auto h : words.starting_at(j)) {
            offer(hits[h], 0);
        }
    }
    // Left of the figure, keywords ending nearest first.
    cost = 0;
    for (std::size_t j = figure; j-- > 0 && cost <= k_max_cost;) {
        for (const auto h : words.ending_at(j)) {
            offer(hits[h], cost);
        }
        cost += clause_cost(words.token(j));
    }
    if (!best) {
        return std::nullopt;
    }
    // The factor of the unit word that names the metric's unit (the last
    // such, when a phrase names it twice).
    MetricBinding binding{*best, 1};
    for (std::size_t u = 0; u < unit.units.size(); ++u) {
        if (unit.units[u] == m_metric_unit[*best]) {
            binding.factor = unit.factors[u];
        }
    }
    return binding;
}

} // namespace crosscheck::extract
