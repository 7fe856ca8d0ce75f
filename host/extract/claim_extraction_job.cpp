#include "host/extract/claim_extraction_job.hpp"

#include "host/extract/claim_extractor.hpp"
#include "host/model/claim.hpp"
#include "host/store/claim_store.hpp"
#include "host/store/source_store.hpp"
#include "host/util/sha256.hpp"

#include <algorithm>
#include <cstdint>

namespace crosscheck::extract {

std::string effective_rules_hash(const rules::RuleSet& rules) {
    return sha256_hex(rules.hash + ":" + std::string(ClaimExtractor::k_version)).substr(0, 32);
}

namespace {

// An extracted claim as the store keeps it: of `source`, under its stable
// key. The extractor always sets the byte span.
void place_in_source(model::Claim& claim, const model::Source& source) {
    claim.source.id = source.id;
    claim.key = store::extracted_claim_key(source.content_hash, claim.metric,
                                           static_cast<std::int64_t>(claim.span->start),
                                           static_cast<std::int64_t>(claim.span->end), claim.text);
}

// A source's body, read one at a time so that a large case is never all in
// memory, through one statement the job prepares once.
std::string source_body(store::Statement& body_query, std::int64_t source_id) {
    body_query.reset();
    body_query.bind(1, source_id);
    body_query.step();
    std::string body = body_query.column_text(0);
    body_query.reset();
    return body;
}

// The claims of one source, refused past the rules' limit. One past the
// limit tells "at the limit" from "past it", and bounds what a hostile
// source costs before it is refused.
std::vector<model::Claim> limited_claims(const ClaimExtractor& extractor, std::string_view body,
                                         Timestamp published, const model::Source& source,
                                         std::uint64_t limit) {
    auto claims = extractor.extract(
        body, published,
        static_cast<std::size_t>(std::min<std::uint64_t>(limit, SIZE_MAX - 1) + 1));
    if (claims.size() > limit) {
        const auto& last = claims.back();
        throw ClaimLimitError(
            (source.origin.file.empty() ? std::string() : source.origin.to_string() + ": ") +
            "source " + source.url + " states more than " + std::to_string(limit) +
            " claims (the next, \"" + last.text + "\", at character " +
            std::to_string(last.cp_span->start + 1) +
            " of its text); raise [limits] max_claims_per_source in the "
            "rules (--rules) to extract "
            "it. No claims were stored.");
    }
    return claims;
}

} // namespace

std::size_t count_stale_sources(store::Database& db, std::int64_t case_id,
                                const rules::RuleSet& rules) {
    return store::extraction_status(db, case_id, effective_rules_hash(rules)).stale.size();
}

ExtractionCounts extract_case(store::Database& db, std::int64_t case_id,
                              const rules::RuleSet& rules, bool force) {
    ExtractionCounts counts;
    const std::string hash = effective_rules_hash(rules);
    // Reads first: a case with nothing to extract takes no write lock, so a
    // `claims` or `check` with nothing new never queues behind another job.
    if (!force) {
        const auto status = store::extraction_status(db, case_id, hash);
        if (status.stale.empty()) {
            counts.sources = counts.up_to_date = status.up_to_date;
            return counts;
        }
    }
    store::Transaction transaction(db);
    // Read again under the write lock: another job may have extracted since.
    const auto stale = store::extraction_status(db, case_id, hash).stale;
    const auto sources = store::list_sources(db, case_id, /*with_body=*/false);
    counts.sources = sources.size();
    std::unique_ptr<ClaimExtractor> extractor; // compiled only when needed
    store::Statement body_query(db, "SELECT body FROM sources WHERE id = ?1");
    store::ClaimWriter writer(db, case_id);
    for (const auto& source : sources) {
        if (!force && !std::binary_search(stale.begin(), stale.end(), source.id)) {
            ++counts.up_to_date;
            continue;
        }
        if (!extractor) {
            extractor = std::make_unique<ClaimExtractor>(rules);
        }
        auto claims = limited_claims(*extractor, source_body(body_query, source.id),
                                     source.published, source, rules.limits.max_claims_per_source);
        for (auto& claim : claims) {
            place_in_source(claim, source);
        }
        counts.claims += writer.replace(source.id, claims, hash);
        ++counts.extracted;
    }
    // Claims of older versions stay: the stored findings cite them until the
    // next check replaces those findings and drops them (cmd_check.cpp).
    transaction.commit();
    return counts;
}

} // namespace crosscheck::extract
