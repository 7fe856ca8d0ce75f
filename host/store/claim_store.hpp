#pragma once
// Typed queries over claims: storing a source's extracted claims (keeping
// row ids and rejections stable across re-extraction), adding a claim by
// hand, rejecting one, and listing a case's claims with their sources.

#include "host/model/claim.hpp"
#include "host/store/database.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace crosscheck::store {

/// The stable key of an extracted claim: a hash of the source's content
/// hash, the metric, the byte span and the text. The same figure extracted
/// again from the same content under the same metric gets the same key.
[[nodiscard]] std::string extracted_claim_key(std::string_view content_hash,
                                              std::string_view metric, std::int64_t span_start,
                                              std::int64_t span_end, std::string_view text);

/// The latest version of each source of a case, by whether its claims were
/// last extracted under a given rules hash.
struct ExtractionStatus {
    std::size_t up_to_date = 0;      ///< sources extracted under that hash
    std::vector<std::int64_t> stale; ///< the other sources' ids, ascending
};

/// Which of `case_id`'s latest sources were extracted under `rules_hash`:
/// one query that reads no source text, so a case with nothing new costs
/// a scan of the source index, not a query per source.
[[nodiscard]] ExtractionStatus extraction_status(Database& db, std::int64_t case_id,
                                                 std::string_view rules_hash);

/// Stores the extracted claims of one source after another, for a whole
/// extraction job: its statements are prepared once and the case's
/// rejections read once, where a source at a time prepared six statements
/// and looked each claim's key up (a third of a first `check` of 10^3
/// sources was SQLite compiling the same SQL again). Lives inside the
/// job's Transaction; the rejections it read stay true there, since nothing
/// else writes the case while the transaction holds it.
class ClaimWriter {
public:
    ClaimWriter(Database& db, std::int64_t case_id);

    /// Replaces the extracted claims of `source_id` with `claims` (each
    /// with its `key` set) and records `rules_hash` for the source. A claim
    /// whose key is already stored keeps its row id; a claim whose key was
    /// rejected is stored as rejected. Manual claims are untouched. Returns
    /// the number of claims stored.
    std::size_t replace(std::int64_t source_id, const std::vector<model::Claim>& claims,
                        std::string_view rules_hash);

private:
    std::int64_t m_case_id;
    std::unordered_map<std::string, std::string> m_rejection_notes; ///< by claim key
    Statement m_upsert, m_stored_keys, m_drop, m_record;
};

/// One source's claims through a ClaimWriter of its own (see
/// ClaimWriter::replace). Call inside a Transaction.
std::size_t replace_extracted_claims(Database& db, std::int64_t case_id, std::int64_t source_id,
                                     const std::vector<model::Claim>& claims,
                                     std::string_view rules_hash);

/// Deletes the extracted claims of sources in `case_id` that are no longer
/// the latest version of their URL. Returns how many were deleted. The
/// check calls it in its run's transaction, once the findings citing them
/// are replaced; listing ignores such claims until then.
std::size_t drop_claims_of_old_versions(Database& db, std::int64_t case_id);

/// Stores a claim added by hand (origin "manual"); returns its id. Its key
/// is "manual:<id>".
std::int64_t add_manual_claim(Database& db, std::int64_t case_id, const model::Claim& claim);

/// Marks claim `claim_id` rejected, with `note`. An extracted claim's key
/// is remembered so that re-extraction rejects it again. Fails when there is
/// no such claim.
[[nodiscard]] Expected<model::Claim> reject_claim(Database& db, std::int64_t claim_id,
                                                  std::string_view note);

/// The claim with id `claim_id`, or nullopt.
[[nodiscard]] std::optional<model::Claim> find_claim(Database& db, std::int64_t claim_id);

/// The columns `read_claim` reads, of a query over `claims c JOIN sources
/// s`: for other stores' queries that read claims (store::FindingCursor).
[[nodiscard]] std::string_view claim_columns();

/// The claim of the current row of `q`, which selects `claim_columns()`
/// first (columns 0 to 31).
[[nodiscard]] model::Claim read_claim(const Statement& q);

/// The claims that `case_id`'s stored findings cite, whatever their status
/// and source version: between a new version's extraction and the next
/// check, the findings still cite the old version's claims.
[[nodiscard]] std::vector<model::Claim> list_cited_claims(Database& db, std::int64_t case_id);

/// The case's claims (of the latest source versions, plus manual ones),
/// rejected ones included when `include_rejected`, ordered by metric, as-of
/// time and id.
[[nodiscard]] std::vector<model::Claim> list_claims(Database& db, std::int64_t case_id,
                                                    bool include_rejected = true);

} // namespace crosscheck::store
