#pragma once
// Typed queries over cases, ingest batches and sources.

#include "host/model/source.hpp"
#include "host/store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crosscheck::store {

/// A case as listed by `crosscheck cases`.
struct CaseSummary {
    std::int64_t id = 0;
    std::string slug;
    std::string created_at;
    std::int64_t source_count = 0; ///< distinct URLs
    std::int64_t version_count = 0;
};

/// A stored source (one version of it).

/// What storing one document did.
enum class StoreOutcome { added, unchanged, updated };

/// A case slug is what users type: letters, digits, '-', '_' and '.', 1-100
/// characters, starting with a letter or digit.
[[nodiscard]] Expected<void> validate_case_slug(std::string_view slug);

/// The case's id, or nullopt when there is no such case.
[[nodiscard]] std::optional<std::int64_t> find_case(Database& db, std::string_view slug);

/// The case's id, creating the case if needed. Call inside a transaction.
[[nodiscard]] std::int64_t find_or_create_case(Database& db, std::string_view slug);

/// Renames case `case_id` to `new_slug` (already validated and free).
/// Everything of the case stays with it. Call inside a Transaction.
void rename_case(Database& db, std::int64_t case_id, std::string_view new_slug);

/// How many review decisions the case holds: what deleting it would lose
/// that no command can recompute.
[[nodiscard]] std::int64_t count_case_reviews(Database& db, std::int64_t case_id);

/// Deletes the case and everything of it (sources, claims, runs, findings,
/// reviews, rules), through the schema's cascades. Call inside a
/// Transaction.
void delete_case(Database& db, std::int64_t case_id);

/// Every case with its source counts, by slug.
[[nodiscard]] std::vector<CaseSummary> list_cases(Database& db);

/// The latest version of each source in the case, by publication time.
[[nodiscard]] std::vector<model::Source> list_sources(Database& db, std::int64_t case_id,
                                                      bool with_body = false);

/// SHA-256 over a document's metadata and body, field by field, so that
/// equal content always hashes equal whatever file it came from.
[[nodiscard]] std::string content_hash(const model::Source& doc);

/// Records ingest batches and stores documents into them. Holds its
/// prepared statements, so one writer can store thousands of documents
/// quickly. Use inside a Transaction.
class SourceWriter {
public:
    SourceWriter(Database& db, std::int64_t case_id);

    /// Starts a new ingest batch row; returns its id.
    std::int64_t begin_batch();
    /// Stores `doc` in the current batch: a new source, a new version of an
    /// existing URL, or nothing when the latest version has the same content.
    StoreOutcome store(const model::Source& doc);
    /// Writes the batch's final counts.
    void finish_batch(int added, int updated, int unchanged, int failed);

private:
    Database& m_db;
    std::int64_t m_case_id;
    std::int64_t m_batch_id = 0;
    Statement m_latest;
    Statement m_insert;
};

} // namespace crosscheck::store
