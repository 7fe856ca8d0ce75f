#pragma once
// Claims from text: which figures in a source are statements about a metric
// the rules know, what they are about (scope), who states them
// (attribution), and when they held (as-of time).
//
// A number is a claim when the scanner calls it a quantity and a metric's
// keyword stands near it in the same clause: "200 people were killed",
// "killed at least 27 people", "the death toll ... at 2,000", "1,200 weapons
// and 130,000 rounds of ammunition" (two claims). Years, clock times and
// the like never are; neither is a number with no metric near it.
//
// `extract` runs named phases, one file each, sentence by sentence:
//   sentence_words   the sentence's tokens, figures and rule phrases
//   figure_unit      the unit word after a figure ("125 tons")
//   metric_binding   the metric a figure states, by its nearest keyword
//   attribution      who states it ("the ministry said")
//   subset, subject, sentence_scope
//                    what it is about: a part of a total, whose figure,
//                    which event and period
//   as_of            when it held ("by Monday evening")
//   figure_claim     the claim: value in the metric's unit, spans, quote

#include "host/model/claim.hpp"
#include "host/rules/rule_set.hpp"
#include "host/util/timestamp.hpp"

#include <cstddef>
#include <limits>
#include <memory>
#include <string_view>
#include <vector>

namespace crosscheck::extract {

/// Extracts claims with one set of rules. Construction compiles the rules'
/// phrases into lookup tables; `extract` is then linear in the text and
/// safe to call from several threads at once.
class ClaimExtractor {
public:
    /// Changes whenever extraction would give other claims for the same
    /// rules, so that stored claims are re-extracted.
    static constexpr std::string_view k_version = "claims-3";

    explicit ClaimExtractor(const rules::RuleSet& rules);
    ~ClaimExtractor();
    ClaimExtractor(const ClaimExtractor&) = delete;
    ClaimExtractor& operator=(const ClaimExtractor&) = delete;

    /// The claims `text` states, in text order. `published` resolves
    /// relative times ("by Monday evening") and stands in when none is given.
    /// Stops once it holds `max_claims` claims, so that a hostile text costs
    /// no more than that (callers pass their limit + 1 to tell "at the
    /// limit" from "past it"). The fields the store sets (id, key, source,
    /// rules hash) are left empty. A subset keeps its subject ("ten of the
    /// dead were civilians": subject civilians, subset); the grouping key
    /// sets it apart (model::ClaimScope::checked_subject).
    [[nodiscard]] std::vector<model::Claim>
    extract(std::string_view text, Timestamp published,
            std::size_t max_claims = std::numeric_limits<std::size_t>::max()) const;

private:
    struct Compiled; // the rules compiled into the phases
    std::unique_ptr<Compiled> m_compiled;
};

} // namespace crosscheck::extract
