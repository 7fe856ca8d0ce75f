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

#include "host/model/qualifier.hpp"
#include "host/rules/rule_set.hpp"
#include "host/util/timestamp.hpp"

#include <cstddef>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::extract {

/// One figure a text states about one metric.
struct Claim {
    std::string metric;
    double value = 0;           ///< as stated, in the metric's canonical unit
    std::optional<double> low;  ///< nullopt: unbounded below
    std::optional<double> high; ///< nullopt: unbounded above
    std::string unit;           ///< the metric's canonical unit
    model::Qualifier qualifier = model::Qualifier::none;
    std::string text;      ///< the mention as written: "more than 2,900"
    std::string quote;     ///< the sentence, whitespace collapsed
    std::size_t start = 0; ///< byte span of the mention in the text
    std::size_t end = 0;
    std::size_t cp_start = 0; ///< the same span in code points
    std::size_t cp_end = 0;
    std::size_t sentence_start = 0; ///< byte span of the quoted sentence
    std::size_t sentence_end = 0;
    std::string subject;       ///< "" = the story's main population
    bool subset = false;       ///< part of a total stated elsewhere ("ten of the dead")
    std::string event;         ///< "" = the story's main event
    std::string period;        ///< "" = the present; "1988-1994"
    std::string attribution;   ///< who states it: "Armenian government"; "" = the outlet
    Timestamp as_of;           ///< when it held
    bool as_of_stated = false; ///< false: the publication time stands in
};

/// Extracts claims with one set of rules. Construction compiles the rules'
/// phrases into lookup tables; `extract` is then linear in the text and
/// safe to call from several threads at once.
class ClaimExtractor {
public:
    /// Changes whenever extraction would give other claims for the same
    /// rules, so that stored claims are re-extracted.
    static constexpr std::string_view k_version = "claims-1";

    explicit ClaimExtractor(const rules::RuleSet& rules);
    ~ClaimExtractor();
    ClaimExtractor(const ClaimExtractor&) = delete;
    ClaimExtractor& operator=(const ClaimExtractor&) = delete;

    /// The claims `text` states, in text order. `published` resolves
    /// relative times ("by Monday evening") and stands in when none is given.
    /// Stops once it holds `max_claims` claims, so that a hostile text costs
    /// no more than that (callers pass their limit + 1 to tell "at the
    /// limit" from "past it").
    [[nodiscard]] std::vector<Claim>
    extract(std::string_view text, Timestamp published,
            std::size_t max_claims = std::numeric_limits<std::size_t>::max()) const;

private:
    struct Compiled;
    std::unique_ptr<Compiled> m_compiled;
};

} // namespace crosscheck::extract
