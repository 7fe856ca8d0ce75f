#include "host/store/source_store.hpp"

#include "host/util/sha256.hpp"
#include "host/util/timestamp.hpp"

#include <algorithm>

namespace crosscheck::store {

Expected<void> validate_case_slug(std::string_view slug) {
    const auto ok_char = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_' || c == '.';
    };
    if (slug.empty() || slug.size() > 100 || slug.front() == '-' || slug.front() == '.' ||
        slug.front() == '_' || !std::all_of(slug.begin(), slug.end(), ok_char)) {
        return fail("invalid case name '" + std::string(slug) +
                    "': use 1-100 letters, digits, '-', '_' or '.', starting with a letter or "
                    "digit (e.g. karabakh-2023)");
    }
    return {};
}

std::optional<std::int64_t> find_case(Database& db, std::string_view slug) {
    Statement query(db, "SELECT id FROM cases WHERE slug = ?1");
    query.bind(1, slug);
    if (query.step()) {
        return query.column_int(0);
    }
    return std::nullopt;
}

std::int64_t find_or_create_case(Database& db, std::string_view slug) {
    if (auto id = find_case(db, slug)) {
        return *id;
    }
    Statement insert(db, "INSERT INTO cases(slug, created_at) VALUES (?1, ?2)");
    insert.bind(1, slug).bind(2, format_timestamp(now())).run();
    return db.last_insert_rowid();
}

void rename_case(Database& db, std::int64_t case_id, std::string_view new_slug) {
    Statement update(db, "UPDATE cases SET slug = ?2 WHERE id = ?1");
    update.bind(1, case_id).bind(2, new_slug).run();
}

std::int64_t count_case_reviews(Database& db, std::int64_t case_id) {
    Statement query(db, "SELECT count(*) FROM reviews WHERE case_id = ?1");
    query.bind(1, case_id);
    query.step();
    return query.column_int(0);
}

void delete_case(Database& db, std::int64_t case_id) {
    // Every table of a case refers to it ON DELETE CASCADE (reviews and
    // finding links through their findings, extraction records through
    // their sources); the references between them (a finding's runs, a
    // source's batch) are checked at the end of the statement, when all
    // of the case is gone.
    Statement remove(db, "DELETE FROM cases WHERE id = ?1");
    remove.bind(1, case_id).run();
}

std::vector<CaseSummary> list_cases(Database& db) {
    Statement query(db, R"sql(
        SELECT c.id, c.slug, c.created_at,
               count(DISTINCT s.url), count(s.id)
        FROM cases c LEFT JOIN sources s ON s.case_id = c.id
        GROUP BY c.id ORDER BY c.slug)sql");
    std::vector<CaseSummary> out;
    while (query.step()) {
        out.push_back({query.column_int(0), query.column_text(1), query.column_text(2),
                       query.column_int(3), query.column_int(4)});
    }
    return out;
}

std::vector<model::Source> list_sources(Database& db, std::int64_t case_id, bool with_body) {
    Statement query(db, R"sql(
        SELECT s.id, s.url, s.version, s.outlet, s.title, s.language, s.published,
               s.format, s.origin, s.content_hash, s.ingested_at, length(CAST(s.body AS BLOB)),
               CASE WHEN ?2 THEN s.body ELSE '' END
        FROM sources s
        WHERE s.case_id = ?1
          AND s.version = (SELECT max(version) FROM sources v
                           WHERE v.case_id = s.case_id AND v.url = s.url)
        ORDER BY s.published, s.url)sql");
    query.bind(1, case_id).bind(2, with_body ? 1 : 0);
    std::vector<model::Source> out;
    while (query.step()) {
        model::Source s;
        s.id = query.column_int(0);
        s.url = query.column_text(1);
        s.version = query.column_int(2);
        s.outlet = query.column_text(3);
        s.title = query.column_text(4);
        s.language = query.column_text(5);
        // Stored as format_timestamp wrote it, so it always parses.
        s.published = parse_timestamp(query.column_text(6)).value_or(Timestamp{});
        s.format = query.column_text(7);
        s.origin = Location{query.column_text(8)};
        s.content_hash = query.column_text(9);
        s.ingested_at = query.column_text(10);
        s.body_bytes = query.column_int(11);
        s.body = query.column_text(12);
        out.push_back(std::move(s));
    }
    return out;
}

std::string content_hash(const model::Source& doc) {
    Sha256 hash;
    // Length-prefix each field so that moving text between fields changes
    // the hash ("ab"+"c" vs "a"+"bc").
    const auto field = [&](std::string_view value) {
        hash.update(std::to_string(value.size()));
        hash.update(":");
        hash.update(value);
    };
    field(doc.url);
    field(format_timestamp(doc.published));
    field(doc.outlet);
    field(doc.title);
    field(doc.language);
    field(doc.body);
    return hash.hex_digest();
}

SourceWriter::SourceWriter(Database& db, std::int64_t case_id)
    : m_db(db), m_case_id(case_id),
      m_latest(db, "SELECT version, content_hash FROM sources WHERE case_id = ?1 AND url = ?2 "
                   "ORDER BY version DESC LIMIT 1"),
      m_insert(db, R"sql(
        INSERT INTO sources(case_id, batch_id, url, version, outlet, title, language,
                            published, body, content_hash, format, origin, ingested_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13))sql") {}

std::int64_t SourceWriter::begin_batch() {
    Statement insert(m_db, "INSERT INTO ingest_batches(case_id, started_at) VALUES (?1, ?2)");
    insert.bind(1, m_case_id).bind(2, format_timestamp(now())).run();
    m_batch_id = m_db.last_insert_rowid();
    return m_batch_id;
}

StoreOutcome SourceWriter::store(const model::Source& doc) {
    const std::string hash = content_hash(doc);
    m_latest.reset();
    m_latest.bind(1, m_case_id).bind(2, doc.url);
    std::int64_t version = 1;
    StoreOutcome outcome = StoreOutcome::added;
    if (m_latest.step()) {
        if (m_latest.column_text(1) == hash) {
            m_latest.reset();
            return StoreOutcome::unchanged;
        }
        version = m_latest.column_int(0) + 1;
        outcome = StoreOutcome::updated;
    }
    m_latest.reset();
    m_insert.reset();
    m_insert.bind(1, m_case_id)
        .bind(2, m_batch_id)
        .bind(3, doc.url)
        .bind(4, version)
        .bind(5, doc.outlet)
        .bind(6, doc.title)
        .bind(7, doc.language)
        .bind(8, format_timestamp(doc.published))
        .bind(9, doc.body)
        .bind(10, hash)
        .bind(11, doc.format)
        .bind(12, doc.origin.to_string())
        .bind(13, format_timestamp(now()));
    m_insert.run();
    return outcome;
}

void SourceWriter::finish_batch(int added, int updated, int unchanged, int failed) {
    Statement update(m_db, "UPDATE ingest_batches SET new_count = ?2, updated_count = ?3, "
                           "unchanged_count = ?4, failed_count = ?5 WHERE id = ?1");
    update.bind(1, m_batch_id).bind(2, added).bind(3, updated).bind(4, unchanged).bind(5, failed);
    update.run();
}

} // namespace crosscheck::store
