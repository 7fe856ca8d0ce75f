#pragma once
// Phase 3: which metric a figure states, if any. This is how a figure gets
// its metric.
//
// A figure binds to the nearest keyword of a compatible metric in its
// clause, on either side: "200 people were killed", "killed at least 27
// people", "the death toll ... at 2,000". Distance is clause distance, not
// words: a word costs 1 (an auxiliary, "have been", 0; "and" 2), a comma
// 2, a strong break (';', ' - ', brackets) 5, another figure 8, and a keyword further than
// `k_max_cost` is not considered, so "over 200 deaths and 400 injuries" gives two claims. On a tie
// the keyword right of the figure wins, then one inside the unit phrase ("6,650 refugees" when
// "refugees" is a unit too), then the left. A figure with a unit word binds only to metrics in that
// unit; one without, only to metrics that do not `require_unit`. An anaphora keyword
// ("putting the exact figure at 100,417") stands for the metric of the
// paragraph's previous claim.
//
// Reads: the sentence's metric-keyword and anaphora hits, the figure's
// unit (phase 2). Decides: the metric and the factor that converts the
// figure to the metric's unit. Assumes keywords are compiled into the
// sentence's phrase table, after the unit words.

#include "host/extract/aliases.hpp"
#include "host/extract/figure_unit.hpp"
#include "host/extract/lexicon.hpp"
#include "host/extract/sentence_words.hpp"
#include "host/rules/rule_set.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace crosscheck::extract {

/// How far (in clause distance) a keyword may stand from its figure: "27
/// people, two of them civilians, had been killed" still binds (17), while
/// a keyword two clauses and a figure away does not.
inline constexpr int k_max_cost = 20;

/// What a token costs to step over when measuring clause distance.
[[nodiscard]] int clause_cost(const Token& t);

/// A figure's metric.
struct MetricBinding {
    std::size_t metric = 0; ///< index into the rules' metrics
    double factor = 1;      ///< converts the figure to the metric's unit
};

/// The rules' metric keywords, compiled.
class MetricKeywords {
public:
    /// Adds every metric's keywords (and their alias spellings) and the
    /// anaphora keywords to `phrases`.
    MetricKeywords(const rules::RuleSet& rules, const Aliases& aliases, const UnitWords& units,
                   PhraseTable& phrases);

    /// The metric the figure at token `figure` binds to, or nullopt when no
    /// compatible keyword stands close enough. `previous_metric` is the
    /// paragraph's previous claim's metric (for anaphora), if any.
    [[nodiscard]] std::optional<MetricBinding>
    bind(const SentenceWords& words, std::size_t figure, const FigureUnit& unit,
         std::optional<std::size_t> previous_metric) const;

    /// The metric anaphora refers to after a claim of `metric`: the last
    /// metric of the same name (names are unique in loaded rules).
    [[nodiscard]] std::size_t referent(std::size_t metric) const { return m_referent[metric]; }

private:
    [[nodiscard]] bool compatible(std::size_t metric, const std::vector<int>& units) const;
    [[nodiscard]] double factor_to(std::size_t metric, const FigureUnit& unit) const;

    const rules::RuleSet& m_rules;
    std::vector<int> m_metric_unit;      ///< metric index -> unit index, -1 for none
    std::vector<std::size_t> m_referent; ///< metric index -> the last metric of its name
};

} // namespace crosscheck::extract
