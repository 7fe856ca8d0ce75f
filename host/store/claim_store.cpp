#include "host/store/claim_store.hpp"

#include "host/util/sha256.hpp"
#include "host/util/timestamp.hpp"

#include <algorithm>

namespace crosscheck::store {
namespace {

constexpr std::string_view k_columns = R"sql(
    c.id, c.source_id, c.claim_key, c.metric, c.value, c.low, c.high, c.unit, c.qualifier,
    c.text, c.quote, c.span_start, c.span_end, c.cp_start, c.cp_end, c.sentence_start,
    c.sentence_end, c.subject, c.subset, c.event, c.period, c.attribution, c.as_of,
    c.as_of_stated, c.origin, c.status, c.note, c.rules_hash, s.url, s.outlet, s.published, c.place)sql";

std::optional<std::int64_t> optional_int(const Statement& q, int column) {
    if (q.is_null(column)) {
        return std::nullopt;
    }
    return q.column_int(column);
}

// A span stored as two nullable columns: a hand-added claim has none.
std::optional<model::TextSpan> read_span(const Statement& q, int start_column) {
    const auto start = optional_int(q, start_column);
    const auto end = optional_int(q, start_column + 1);
    if (!start || !end) {
        return std::nullopt;
    }
    return model::TextSpan{static_cast<std::size_t>(*start), static_cast<std::size_t>(*end)};
}

std::optional<std::int64_t> span_start(const std::optional<model::TextSpan>& span) {
    return span ? std::optional<std::int64_t>(static_cast<std::int64_t>(span->start))
                : std::nullopt;
}

std::optional<std::int64_t> span_end(const std::optional<model::TextSpan>& span) {
    return span ? std::optional<std::int64_t>(static_cast<std::int64_t>(span->end)) : std::nullopt;
}

model::Claim read_row(const Statement& q) {
    model::Claim r;
    r.id = q.column_int(0);
    r.source.id = q.column_int(1);
    r.key = q.column_text(2);
    r.metric = q.column_text(3);
    r.value = q.column_double(4);
    r.low = q.column_optional_double(5);
    r.high = q.column_optional_double(6);
    r.unit = q.column_text(7);
    r.qualifier = model::qualifier_from_string(q.column_text(8)).value_or(model::Qualifier::none);
    r.text = q.column_text(9);
    r.quote = q.column_text(10);
    r.span = read_span(q, 11);
    r.cp_span = read_span(q, 13);
    r.sentence = read_span(q, 15);
    r.scope.subject = q.column_text(17);
    r.scope.subset = q.column_int(18) != 0;
    r.scope.event = q.column_text(19);
    r.scope.period = q.column_text(20);
    r.attribution = q.column_text(21);
    r.as_of = model::Moment::from_iso(q.column_text(22));
    r.as_of_stated = q.column_int(23) != 0;
    r.origin =
        model::claim_origin_from_string(q.column_text(24)).value_or(model::ClaimOrigin::extracted);
    r.status =
        model::claim_status_from_string(q.column_text(25)).value_or(model::ClaimStatus::active);
    r.note = q.column_text(26);
    r.rules_hash = q.column_text(27);
    r.source.url = q.column_text(28);
    r.source.outlet = q.column_text(29);
    r.source.published = model::Moment::from_iso(q.column_text(30));
    r.scope.place = q.column_text(31);
    return r;
}

// Binds every stored field of `c` to ?3..?27 and ?30 (see k_insert / k_update).
void bind_fields(Statement& s, const model::Claim& c) {
    s.bind(3, c.key)
        .bind(4, c.metric)
        .bind(5, c.value)
        .bind(6, c.low)
        .bind(7, c.high)
        .bind(8, c.unit)
        .bind(9, model::to_string(c.qualifier))
        .bind(10, c.text)
        .bind(11, c.quote)
        .bind(12, span_start(c.span))
        .bind(13, span_end(c.span))
        .bind(14, span_start(c.cp_span))
        .bind(15, span_end(c.cp_span))
        .bind(16, span_start(c.sentence))
        .bind(17, span_end(c.sentence))
        .bind(18, c.scope.subject)
        .bind(19, c.scope.subset ? 1 : 0)
        .bind(20, c.scope.event)
        .bind(21, c.scope.period)
        .bind(22, c.attribution)
        .bind(23, c.as_of.iso)
        .bind(24, c.as_of_stated ? 1 : 0)
        .bind(25, model::to_string(c.status))
        .bind(26, c.note)
        .bind(27, c.rules_hash)
        .bind(30, c.scope.place);
}

constexpr std::string_view k_insert = R"sql(
    INSERT INTO claims(case_id, source_id, claim_key, metric, value, low, high, unit, qualifier,
                       text, quote, span_start, span_end, cp_start, cp_end, sentence_start,
                       sentence_end, subject, subset, event, period, attribution, as_of,
                       as_of_stated, status, note, rules_hash, origin, created_at, place)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
            ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30)
    ON CONFLICT (source_id, claim_key) DO UPDATE SET
        metric = excluded.metric, value = excluded.value, low = excluded.low,
        high = excluded.high, unit = excluded.unit, qualifier = excluded.qualifier,
        text = excluded.text, quote = excluded.quote, span_start = excluded.span_start,
        span_end = excluded.span_end, cp_start = excluded.cp_start, cp_end = excluded.cp_end,
        sentence_start = excluded.sentence_start, sentence_end = excluded.sentence_end,
        subject = excluded.subject, subset = excluded.subset, event = excluded.event,
        period = excluded.period, attribution = excluded.attribution, as_of = excluded.as_of,
        as_of_stated = excluded.as_of_stated, status = excluded.status, note = excluded.note,
        rules_hash = excluded.rules_hash, place = excluded.place)sql";

} // namespace

std::string extracted_claim_key(std::string_view content_hash, std::string_view metric,
                                std::int64_t span_start, std::int64_t span_end,
                                std::string_view text) {
    Sha256 hash;
    const auto field = [&](std::string_view value) {
        hash.update(std::to_string(value.size()));
        hash.update(":");
        hash.update(value);
    };
    field(content_hash);
    field(metric);
    field(std::to_string(span_start) + "-" + std::to_string(span_end));
    field(text);
    return hash.hex_digest().substr(0, 24);
}

ExtractionStatus extraction_status(Database& db, std::int64_t case_id,
                                   std::string_view rules_hash) {
    // The same "latest version" test as list_sources.
    Statement q(db, R"sql(
        SELECT s.id, e.rules_hash IS ?2
        FROM sources s LEFT JOIN claim_extractions e ON e.source_id = s.id
        WHERE s.case_id = ?1
          AND s.version = (SELECT max(version) FROM sources v
                           WHERE v.case_id = s.case_id AND v.url = s.url)
        ORDER BY s.id)sql");
    q.bind(1, case_id).bind(2, rules_hash);
    ExtractionStatus status;
    while (q.step()) {
        if (q.column_int(1) != 0) {
            ++status.up_to_date;
        } else {
            status.stale.push_back(q.column_int(0));
        }
    }
    return status;
}

ClaimWriter::ClaimWriter(Database& db, std::int64_t case_id)
    : m_case_id(case_id), m_upsert(db, k_insert),
      m_stored_keys(db, "SELECT id, claim_key FROM claims WHERE source_id = ?1 AND "
                        "origin = 'extracted'"),
      m_drop(db, "DELETE FROM claims WHERE id = ?1"), m_record(db, R"sql(
        INSERT INTO claim_extractions(source_id, rules_hash, claim_count, extracted_at)
        VALUES (?1, ?2, ?3, ?4)
        ON CONFLICT (source_id) DO UPDATE SET rules_hash = excluded.rules_hash,
            claim_count = excluded.claim_count, extracted_at = excluded.extracted_at)sql") {
    Statement rejections(db, "SELECT claim_key, note FROM claim_rejections WHERE case_id = ?1");
    rejections.bind(1, case_id);
    while (rejections.step()) {
        m_rejection_notes.emplace(rejections.column_text(0), rejections.column_text(1));
    }
}

std::size_t ClaimWriter::replace(std::int64_t source_id, const std::vector<model::Claim>& claims,
                                 std::string_view rules_hash) {
    // The stored keys not produced this time go; the rest are updated in
    // place, so their row ids (which findings and users refer to) stay.
    std::vector<std::string_view> fresh_keys;
    fresh_keys.reserve(claims.size());
    const std::string now_text = format_timestamp(now());
    for (const auto& claim : claims) {
        fresh_keys.push_back(claim.key);
        model::Claim row = claim;
        row.rules_hash = std::string(rules_hash);
        row.status = model::ClaimStatus::active;
        row.note.clear();
        if (const auto rejected = m_rejection_notes.find(claim.key);
            rejected != m_rejection_notes.end()) {
            row.status = model::ClaimStatus::rejected;
            row.note = rejected->second;
        }
        m_upsert.reset();
        m_upsert.bind(1, m_case_id).bind(2, source_id);
        bind_fields(m_upsert, row);
        m_upsert.bind(28, "extracted").bind(29, now_text).run();
    }
    std::sort(fresh_keys.begin(), fresh_keys.end());
    std::vector<std::int64_t> dropped;
    m_stored_keys.reset();
    m_stored_keys.bind(1, source_id);
    while (m_stored_keys.step()) {
        if (!std::binary_search(fresh_keys.begin(), fresh_keys.end(),
                                m_stored_keys.column_text(1))) {
            dropped.push_back(m_stored_keys.column_int(0));
        }
    }
    m_stored_keys.reset(); // done reading before the rows change
    for (const auto id : dropped) {
        m_drop.reset();
        m_drop.bind(1, id).run();
    }
    m_record.reset();
    m_record.bind(1, source_id)
        .bind(2, rules_hash)
        .bind(3, static_cast<std::int64_t>(claims.size()))
        .bind(4, now_text)
        .run();
    return claims.size();
}

std::size_t replace_extracted_claims(Database& db, std::int64_t case_id, std::int64_t source_id,
                                     const std::vector<model::Claim>& claims,
                                     std::string_view rules_hash) {
    return ClaimWriter(db, case_id).replace(source_id, claims, rules_hash);
}

std::size_t drop_claims_of_old_versions(Database& db, std::int64_t case_id) {
    Statement drop(db, R"sql(
        DELETE FROM claims
        WHERE case_id = ?1 AND origin = 'extracted'
          AND source_id IN (
              SELECT s.id FROM sources s
              WHERE s.case_id = ?1
                AND s.version < (SELECT max(version) FROM sources v
                                 WHERE v.case_id = s.case_id AND v.url = s.url)))sql");
    drop.bind(1, case_id).run();
    return static_cast<std::size_t>(db.changes());
}

std::int64_t add_manual_claim(Database& db, std::int64_t case_id, const model::Claim& claim) {
    model::Claim row = claim;
    // A placeholder key, unique until the row id is known.
    row.key = "manual-pending:" + format_timestamp(now()) + ":" + std::to_string(claim.value);
    row.status = model::ClaimStatus::active;
    Statement insert(db, k_insert);
    insert.bind(1, case_id).bind(2, claim.source.id);
    bind_fields(insert, row);
    insert.bind(28, "manual").bind(29, format_timestamp(now())).run();
    const std::int64_t id = db.last_insert_rowid();
    Statement key(db, "UPDATE claims SET claim_key = ?2 WHERE id = ?1");
    key.bind(1, id).bind(2, "manual:" + std::to_string(id)).run();
    return id;
}

std::string_view claim_columns() {
    return k_columns;
}

model::Claim read_claim(const Statement& q) {
    return read_row(q);
}

std::optional<model::Claim> find_claim(Database& db, std::int64_t claim_id) {
    Statement q(db, "SELECT " + std::string(k_columns) +
                        " FROM claims c JOIN sources s ON s.id = c.source_id WHERE c.id = ?1");
    q.bind(1, claim_id);
    if (q.step()) {
        return read_row(q);
    }
    return std::nullopt;
}

Expected<model::Claim> reject_claim(Database& db, std::int64_t claim_id, std::string_view note) {
    auto claim = find_claim(db, claim_id);
    if (!claim) {
        return fail("no claim with id " + std::to_string(claim_id) +
                    "; `crosscheck claims --case SLUG` lists the ids");
    }
    if (claim->origin == model::ClaimOrigin::extracted) {
        Statement q(db, "SELECT case_id FROM claims WHERE id = ?1");
        q.bind(1, claim_id);
        q.step();
        const std::int64_t case_id = q.column_int(0);
        Statement remember(db, R"sql(
            INSERT INTO claim_rejections(case_id, claim_key, note, rejected_at)
            VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (case_id, claim_key) DO UPDATE SET note = excluded.note,
                rejected_at = excluded.rejected_at)sql");
        remember.bind(1, case_id)
            .bind(2, claim->key)
            .bind(3, note)
            .bind(4, format_timestamp(now()))
            .run();
    }
    Statement update(db, "UPDATE claims SET status = 'rejected', note = ?2 WHERE id = ?1");
    update.bind(1, claim_id).bind(2, note).run();
    claim->status = model::ClaimStatus::rejected;
    claim->note = std::string(note);
    return *claim;
}

std::vector<model::Claim> list_claims(Database& db, std::int64_t case_id, bool include_rejected) {
    Statement q(db, "SELECT " + std::string(k_columns) + R"sql(
        FROM claims c JOIN sources s ON s.id = c.source_id
        WHERE c.case_id = ?1
          AND (?2 OR c.status = 'active')
          AND (c.origin = 'manual'
               OR s.version = (SELECT max(version) FROM sources v
                               WHERE v.case_id = s.case_id AND v.url = s.url))
        ORDER BY c.metric, c.as_of, c.id)sql");
    q.bind(1, case_id).bind(2, include_rejected ? 1 : 0);
    std::vector<model::Claim> out;
    while (q.step()) {
        out.push_back(read_row(q));
    }
    return out;
}

std::vector<model::Claim> list_cited_claims(Database& db, std::int64_t case_id) {
    Statement q(db, "SELECT " + std::string(k_columns) + R"sql(
        FROM claims c JOIN sources s ON s.id = c.source_id
        WHERE c.case_id = ?1
          AND c.id IN (SELECT claim_id FROM finding_claims WHERE case_id = ?1)
        ORDER BY c.id)sql");
    q.bind(1, case_id);
    std::vector<model::Claim> out;
    while (q.step()) {
        out.push_back(read_row(q));
    }
    return out;
}

} // namespace crosscheck::store
