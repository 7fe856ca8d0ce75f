#include "host/store/schema.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace crosscheck::store {
namespace {

// Append-only: migration N takes the schema from version N-1 to N. Never
// edit one that has shipped; add a new one instead.
constexpr std::array<std::string_view, 9> k_migrations = {
    // 1: cases, ingest batches and versioned sources.
    R"sql(
CREATE TABLE cases (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);

-- One row per `ingest` invocation, written in the same transaction as its
-- sources: a batch is either wholly stored or absent.
CREATE TABLE ingest_batches (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    started_at  TEXT NOT NULL,
    new_count       INTEGER NOT NULL DEFAULT 0,
    updated_count   INTEGER NOT NULL DEFAULT 0,
    unchanged_count INTEGER NOT NULL DEFAULT 0,
    failed_count    INTEGER NOT NULL DEFAULT 0
);

-- A source is identified by its URL within a case; each distinct content
-- seen at that URL is a new version (an edited article is worth knowing).
CREATE TABLE sources (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    batch_id      INTEGER NOT NULL REFERENCES ingest_batches(id),
    url           TEXT NOT NULL,
    version       INTEGER NOT NULL,
    outlet        TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL DEFAULT '',
    language      TEXT NOT NULL DEFAULT '',
    published     TEXT NOT NULL,           -- ISO 8601 UTC, sorts in time order
    body          TEXT NOT NULL,
    content_hash  TEXT NOT NULL,           -- SHA-256 of metadata and body
    format        TEXT NOT NULL,           -- md, txt, html, jsonl
    origin        TEXT NOT NULL,           -- file (and line) it was read from
    ingested_at   TEXT NOT NULL,
    UNIQUE (case_id, url, version)
);
CREATE INDEX sources_by_hash ON sources(case_id, content_hash);
)sql",
    // 2: claims, what each source was last extracted with, and reviewers'
    // rejections of extracted claims.
    R"sql(
-- A figure a source states. Extracted claims are replaced when their source
-- is re-extracted (new rules, new version); manual ones never are. `claim_key`
-- identifies an extracted claim across re-extractions (source content hash,
-- metric, span and text), so that a rejection survives them.
CREATE TABLE claims (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    source_id     INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    claim_key     TEXT NOT NULL,
    metric        TEXT NOT NULL,
    value         REAL NOT NULL,
    low           REAL,                    -- NULL: unbounded below
    high          REAL,                    -- NULL: unbounded above
    unit          TEXT NOT NULL,
    qualifier     TEXT NOT NULL DEFAULT 'none',
    text          TEXT NOT NULL DEFAULT '',
    quote         TEXT NOT NULL DEFAULT '',
    span_start    INTEGER,                 -- bytes in the source body
    span_end      INTEGER,
    cp_start      INTEGER,                 -- code points in the source body
    cp_end        INTEGER,
    sentence_start INTEGER,
    sentence_end  INTEGER,
    subject       TEXT NOT NULL DEFAULT '',
    subset        INTEGER NOT NULL DEFAULT 0,
    event         TEXT NOT NULL DEFAULT '',
    period        TEXT NOT NULL DEFAULT '',
    attribution   TEXT NOT NULL DEFAULT '',
    as_of         TEXT NOT NULL,           -- ISO 8601 UTC
    as_of_stated  INTEGER NOT NULL DEFAULT 0,
    origin        TEXT NOT NULL CHECK (origin IN ('extracted', 'manual')),
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'rejected')),
    note          TEXT NOT NULL DEFAULT '',
    rules_hash    TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    UNIQUE (source_id, claim_key)
);
CREATE INDEX claims_by_case ON claims(case_id, metric);

-- The rules hash each source's claims were last extracted with.
CREATE TABLE claim_extractions (
    source_id     INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    rules_hash    TEXT NOT NULL,
    claim_count   INTEGER NOT NULL,
    extracted_at  TEXT NOT NULL
);

-- Extracted claims a reviewer rejected, by stable key: re-extraction marks
-- the claim with this key rejected again.
CREATE TABLE claim_rejections (
    case_id       INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    claim_key     TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    rejected_at   TEXT NOT NULL,
    PRIMARY KEY (case_id, claim_key)
);
)sql",
    // 3: check runs, findings with stable ids, and review decisions.
    R"sql(
-- One row per `check`, written in the same transaction as its findings: a
-- run is either wholly recorded or absent.
CREATE TABLE check_runs (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    started_at    TEXT NOT NULL,
    finished_at   TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('complete', 'incomplete')),
    rules_hash    TEXT NOT NULL DEFAULT '',
    claim_count   INTEGER NOT NULL,
    group_count   INTEGER NOT NULL,
    finding_count INTEGER NOT NULL,
    errors        TEXT NOT NULL DEFAULT ''   -- one checker failure per line
);

-- A discrepancy, by stable id (checker, metric, claim keys). A rerun that
-- finds it again updates it in place; one that no longer finds it marks it
-- 'gone' instead of deleting it, so reviews and history stay.
CREATE TABLE findings (
    case_id       INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    id            TEXT NOT NULL,
    checker       TEXT NOT NULL,
    metric        TEXT NOT NULL,
    scope_key     TEXT NOT NULL,
    severity      TEXT NOT NULL CHECK (severity IN ('high', 'medium', 'low', 'info')),
    message       TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'gone')),
    first_run_id  INTEGER NOT NULL REFERENCES check_runs(id),
    last_run_id   INTEGER NOT NULL REFERENCES check_runs(id),
    PRIMARY KEY (case_id, id)
);

-- The claims a finding involves. claim_id is the claim's row as of the last
-- run that produced the finding; claim_key is what identifies it for good.
CREATE TABLE finding_claims (
    case_id       INTEGER NOT NULL,
    finding_id    TEXT NOT NULL,
    position      INTEGER NOT NULL,
    claim_id      INTEGER NOT NULL,
    claim_key     TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('questioned', 'reference')),
    PRIMARY KEY (case_id, finding_id, position),
    FOREIGN KEY (case_id, finding_id) REFERENCES findings(case_id, id) ON DELETE CASCADE
);

-- Review decisions: a history, never overwritten. A finding's status is its
-- latest decision, 'open' when there is none.
CREATE TABLE reviews (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL,
    finding_id    TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('open', 'confirmed', 'dismissed')),
    note          TEXT NOT NULL DEFAULT '',
    reviewer      TEXT NOT NULL DEFAULT '',
    decided_at    TEXT NOT NULL,
    FOREIGN KEY (case_id, finding_id) REFERENCES findings(case_id, id) ON DELETE CASCADE
);
CREATE INDEX reviews_by_finding ON reviews(case_id, finding_id, id);
)sql",
    // 4: what each check run wrote, so that a run can be verified to be
    // wholly stored (the crash-safety test does): the findings it produced
    // first (findings.first_run_id, never rewritten) and the finding-claim
    // links it wrote. NULL for runs recorded before version 4. An ingest
    // batch already says what it stored: new_count + updated_count rows of
    // sources carry its batch_id.
    R"sql(
ALTER TABLE check_runs ADD COLUMN new_finding_count INTEGER;
ALTER TABLE check_runs ADD COLUMN finding_claim_count INTEGER;
)sql",
    // 5: one finding per discrepancy (host/engine/finding_merge.hpp). A
    // finding's id now derives from its questioned claims alone and it keeps
    // every checker's reason; a decision follows the discrepancy to a new id
    // (reviews.carried_from names the finding it was given on: the store
    // copies decisions when a check produces a finding whose questioned
    // claims are, contain or lie within those of a reviewed finding it no
    // longer produces, which is how decisions on the ids of version 4 reach
    // the merged findings at the first check after the upgrade). Findings
    // stored before keep their ids until then: their one reason is their own
    // message, and their rank comes from the claims they cite.
    R"sql(
CREATE TABLE finding_reasons (
    case_id       INTEGER NOT NULL,
    finding_id    TEXT NOT NULL,
    position      INTEGER NOT NULL,        -- most severe first
    checker       TEXT NOT NULL,
    severity      TEXT NOT NULL CHECK (severity IN ('high', 'medium', 'low', 'info')),
    message       TEXT NOT NULL,
    cross_side    INTEGER NOT NULL DEFAULT 0, -- lowered by [policy] cross_side_ceiling
    PRIMARY KEY (case_id, finding_id, position),
    FOREIGN KEY (case_id, finding_id) REFERENCES findings(case_id, id) ON DELETE CASCADE
);
-- Whether every reason set one side against another; how far apart the
-- figures are (highest value over lowest) and when the earliest questioned
-- figure held: what reports rank by.
ALTER TABLE findings ADD COLUMN cross_side INTEGER NOT NULL DEFAULT 0;
ALTER TABLE findings ADD COLUMN spread REAL NOT NULL DEFAULT 1;
ALTER TABLE findings ADD COLUMN as_of TEXT NOT NULL DEFAULT '';
UPDATE findings SET cross_side = 1
WHERE instr(message, ' [different attributions: severity limited to ') > 0;
UPDATE findings SET
    spread = coalesce((
        SELECT CASE WHEN min(c.value) > 0 THEN max(c.value) / min(c.value)
                    WHEN max(c.value) > min(c.value) THEN 1.7976931348623157e308
                    ELSE 1 END
        FROM finding_claims fc JOIN claims c ON c.id = fc.claim_id
        WHERE fc.case_id = findings.case_id AND fc.finding_id = findings.id), 1),
    as_of = coalesce((
        SELECT min(c.as_of)
        FROM finding_claims fc JOIN claims c ON c.id = fc.claim_id
        WHERE fc.case_id = findings.case_id AND fc.finding_id = findings.id
          AND fc.role = 'questioned'), '');
INSERT INTO finding_reasons(case_id, finding_id, position, checker, severity, message, cross_side)
SELECT case_id, id, 0, checker, severity, message, cross_side FROM findings;
ALTER TABLE reviews ADD COLUMN carried_from TEXT NOT NULL DEFAULT '';
-- How many findings the checkers reported before they were merged.
ALTER TABLE check_runs ADD COLUMN checker_finding_count INTEGER;
)sql",
    // 6: the rule files a case is checked with, so that a later `check` or
    // `claims` without --rules uses them rather than the bare defaults.
    // Self-contained: it only adds a table.
    R"sql(
-- The case's own rule files (what --rules named, a folder as its files),
-- in the order they apply over the shipped defaults; replaced whole when
-- --rules names others. No rows: the case uses the defaults alone.
CREATE TABLE case_rules (
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,             -- the file as it was read
    text        TEXT NOT NULL,
    sha256      TEXT NOT NULL,             -- of text
    stored_at   TEXT NOT NULL,
    PRIMARY KEY (case_id, position)
);
)sql",
    // 7: what a check run was given, so that a `check` with nothing new
    // reuses the stored run instead of redoing it. Self-contained: it only
    // adds a column.
    R"sql(
-- A digest of the run's inputs (host/cli/check_reuse.hpp): the case's
-- sources and claims, the rules' text, the plugins and the program. Empty
-- for runs recorded before version 7, which are never reused.
ALTER TABLE check_runs ADD COLUMN input_fingerprint TEXT NOT NULL DEFAULT '';
)sql",
    // 8: the place a claim's figure is stated for ([places.NAME] in the
    // rules). Self-contained: older claims were extracted with no places
    // and keep ''.
    R"sql(
-- '' = no place stated; 'derna'; 'syria+turkey' (combined); 'libya/elsewhere'.
ALTER TABLE claims ADD COLUMN place TEXT NOT NULL DEFAULT '';
)sql",
    // 9: a finding lists a sample of its references and counts the rest.
    // Self-contained: findings stored before listed every reference, 0 more.
    R"sql(
ALTER TABLE findings ADD COLUMN more_references INTEGER NOT NULL DEFAULT 0;
)sql",
};

} // namespace

int latest_schema_version() {
    return static_cast<int>(k_migrations.size());
}

int schema_version(Database& db) {
    Statement query(db, "PRAGMA user_version");
    query.step();
    return static_cast<int>(query.column_int(0));
}

Expected<void> migrate(Database& db, int up_to) {
    const int target = std::min(up_to, latest_schema_version());
    const auto too_new = [&](int current) {
        return fail("database '" + db.path().string() + "' has schema version " +
                    std::to_string(current) + ", but this crosscheck only knows up to version " +
                    std::to_string(latest_schema_version()) + "; use a newer crosscheck");
    };
    // Most opens find the schema current and write nothing.
    if (const int current = schema_version(db); current > latest_schema_version()) {
        return too_new(current);
    } else if (current >= target) {
        return {};
    }
    Transaction transaction(db);
    // Read the version again under the write lock: another job that opened
    // the same new database at the same time may have migrated it while this
    // one waited, and running the migrations twice fails ("table cases
    // already exists").
    const int current = schema_version(db);
    if (current > latest_schema_version()) {
        return too_new(current);
    }
    if (current >= target) {
        return {};
    }
    for (int version = current + 1; version <= target; ++version) {
        db.exec(k_migrations[static_cast<std::size_t>(version - 1)]);
    }
    // PRAGMA takes no bound parameters; `target` is our own integer.
    db.exec("PRAGMA user_version = " + std::to_string(target));
    transaction.commit();
    return {};
}

Expected<std::unique_ptr<Database>> open_store(const std::filesystem::path& path) {
    auto db = Database::open(path);
    if (!db) {
        return db;
    }
    try {
        if (auto migrated = migrate(**db); !migrated) {
            return std::unexpected(migrated.error());
        }
    } catch (const DatabaseLockedError& e) {
        return fail(e.what()); // another job holds the lock: not a schema problem
    } catch (const DatabaseError& e) {
        return fail(std::string("cannot prepare database schema: ") + e.what());
    }
    return db;
}

} // namespace crosscheck::store
