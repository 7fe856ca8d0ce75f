#pragma once
// Extraction as a job over a case: every source whose claims are missing or
// were extracted under other rules is (re-)extracted, in one transaction,
// so an interrupted job leaves the stored claims as they were. `claims`
// runs it before listing, and `check` before checking.

#include "host/rules/rule_set.hpp"
#include "host/store/database.hpp"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace crosscheck::extract {

/// What a job did.
struct ExtractionCounts {
    std::size_t sources = 0;    ///< latest source versions in the case
    std::size_t extracted = 0;  ///< sources (re-)extracted now
    std::size_t up_to_date = 0; ///< sources whose claims were current
    std::size_t claims = 0;     ///< claims stored by this job
};

/// The hash stored with each extraction: the rules' hash and the
/// extractor's version, so that either changing makes claims stale.
[[nodiscard]] std::string effective_rules_hash(const rules::RuleSet& rules);

/// A source states more claims than `rules.limits.max_claims_per_source`.
/// The job stops and stores nothing; `what()` names the source, its file,
/// the byte span where the limit was crossed and the rule key to raise.
class ClaimLimitError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// How many of `case_id`'s latest sources have no claims extracted under
/// `rules`. Reads only.
[[nodiscard]] std::size_t count_stale_sources(store::Database& db, std::int64_t case_id,
                                              const rules::RuleSet& rules);

/// Extracts the claims of `case_id`'s sources that are new or stale under
/// `rules` (all of them when `force`), keeping manual claims and
/// rejections. Throws store::DatabaseError on a database failure and
/// ClaimLimitError for a source past the claims limit (the transaction
/// rolls back: claims stored before the job stay as they were). Takes the
/// write lock only when a source needs extracting.
ExtractionCounts extract_case(store::Database& db, std::int64_t case_id,
                              const rules::RuleSet& rules, bool force = false);

} // namespace crosscheck::extract
