#include "host/extract/claim_extraction_job.hpp"

#include "host/extract/claim_extractor.hpp"
#include "host/store/claim_store.hpp"
#include "host/store/source_store.hpp"
#include "host/util/sha256.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdint>

namespace crosscheck::extract {

std::string effective_rules_hash(const rules::RuleSet& rules) {
    return sha256_hex(rules.hash + ":" + std::string(ClaimExtractor::k_version)).substr(0, 32);
}

namespace {

std::size_t count_stale(store::Database& db, const std::vector<model::Source>& sources,
                        const std::string& hash) {
    return static_cast<std::size_t>(
        std::count_if(sources.begin(), sources.end(), [&](const model::Source& s) {
            return store::extraction_hash(db, s.id) != hash;
        }));
}

} // namespace

std::size_t count_stale_sources(store::Database& db, std::int64_t case_id,
                                const rules::RuleSet& rules) {
    return count_stale(db, store::list_sources(db, case_id, /*with_body=*/false),
                       effective_rules_hash(rules));
}

ExtractionCounts extract_case(store::Database& db, std::int64_t case_id,
                              const rules::RuleSet& rules, bool force) {
    ExtractionCounts counts;
    const std::string hash = effective_rules_hash(rules);
    // Reads first: a case with nothing to extract takes no write lock, so a
    // `claims` or `check` with nothing new never queues behind another job.
    if (!force) {
        const auto sources = store::list_sources(db, case_id, /*with_body=*/false);
        if (count_stale(db, sources, hash) == 0) {
            counts.sources = counts.up_to_date = sources.size();
            return counts;
        }
    }
    store::Transaction transaction(db);
    const auto sources = store::list_sources(db, case_id, /*with_body=*/false);
    counts.sources = sources.size();
    std::unique_ptr<ClaimExtractor> extractor; // compiled only when needed
    for (const auto& source : sources) {
        if (!force && store::extraction_hash(db, source.id) == hash) {
            ++counts.up_to_date;
            continue;
        }
        if (!extractor) {
            extractor = std::make_unique<ClaimExtractor>(rules);
        }
        // Bodies are read one at a time, so a large case is not all in memory.
        store::Statement body_query(db, "SELECT body FROM sources WHERE id = ?1");
        body_query.bind(1, source.id);
        body_query.step();
        const std::string body = body_query.column_text(0);
        // One past the limit tells "at the limit" from "past it", and bounds
        // what a hostile source costs before it is refused.
        const std::uint64_t limit = rules.limits.max_claims_per_source;
        const auto claims = extractor->extract(
            body, source.published,
            static_cast<std::size_t>(std::min<std::uint64_t>(limit, SIZE_MAX - 1) + 1));
        if (claims.size() > limit) {
            const auto& last = claims.back();
            throw ClaimLimitError(
                (source.origin.file.empty() ? std::string() : source.origin.to_string() + ": ") +
                "source " + source.url + " states more than " + std::to_string(limit) +
                " claims (the next, \"" + last.text + "\", at character " +
                std::to_string(last.cp_start + 1) +
                " of its text); raise [limits] max_claims_per_source in the "
                "rules (--rules) to extract "
                "it. No claims were stored.");
        }
        std::vector<model::Claim> rows;
        for (const auto& claim : claims) {
            model::Claim row;
            row.source.id = source.id;
            row.metric = claim.metric;
            row.value = claim.value;
            row.low = claim.low;
            row.high = claim.high;
            row.unit = claim.unit;
            row.qualifier = claim.qualifier;
            row.text = claim.text;
            row.quote = claim.quote;
            row.span = model::TextSpan{claim.start, claim.end};
            row.cp_span = model::TextSpan{claim.cp_start, claim.cp_end};
            row.sentence = model::TextSpan{claim.sentence_start, claim.sentence_end};
            row.scope = {claim.subject, claim.subset, claim.event, claim.period};
            row.attribution = claim.attribution;
            row.as_of = model::Moment::of(claim.as_of);
            row.as_of_stated = claim.as_of_stated;
            row.key = store::extracted_claim_key(source.content_hash, claim.metric,
                                                 static_cast<std::int64_t>(claim.start),
                                                 static_cast<std::int64_t>(claim.end), claim.text);
            rows.push_back(std::move(row));
        }
        counts.claims += store::replace_extracted_claims(db, case_id, source.id, rows, hash);
        ++counts.extracted;
    }
    // Claims of older versions stay: the stored findings cite them until the
    // next check replaces those findings and drops them (cmd_check.cpp).
    transaction.commit();
    return counts;
}

} // namespace crosscheck::extract
