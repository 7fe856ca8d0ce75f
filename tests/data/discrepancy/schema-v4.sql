-- `sqlite3 DB .dump` of a database written by crosscheck at commit 1c6d37f
-- (schema version 4) for tests/data/discrepancy/sources: ingest, check, then
-- review 1a84c987f42a (interval_conflict) confirmed and 3a3583c01434
-- (transcription) dismissed. `.dump` leaves out user_version: set at the end.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE cases (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);
INSERT INTO cases VALUES(1,'d','2026-12-07T02:00:46Z');
CREATE TABLE ingest_batches (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    started_at  TEXT NOT NULL,
    new_count       INTEGER NOT NULL DEFAULT 0,
    updated_count   INTEGER NOT NULL DEFAULT 0,
    unchanged_count INTEGER NOT NULL DEFAULT 0,
    failed_count    INTEGER NOT NULL DEFAULT 0
);
INSERT INTO ingest_batches VALUES(1,1,'2026-12-07T02:00:46Z',5,0,0,0);
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
INSERT INTO sources VALUES(1,1,1,'https://valley-herald.example/2023/10/02/flood-toll',1,'Valley Herald','Flood toll climbs','en','2023-10-02T08:00:00Z','The health ministry said on Monday morning that 31 people had been killed in the floods.','0bbd1f64c81d2ed02627f9a13bc1c3cbe681501e0a18ac5ceaaf3455a9f44237','md','tests/data/discrepancy/sources/01-valley-herald.md','2026-12-07T02:00:46Z');
INSERT INTO sources VALUES(2,1,1,'https://coastal-courier.example/news/flood-toll',1,'Coastal Courier','Floods kill hundreds','en','2023-10-02T08:20:00Z','The health ministry said on Monday morning that 310 people had been killed in the floods.','be731b0bffa4ba7f2dad94f8d0c486eede7dc9033000dae5fbd0188cffdd0eff','md','tests/data/discrepancy/sources/02-coastal-courier.md','2026-12-07T02:00:46Z');
INSERT INTO sources VALUES(3,1,1,'https://river-post.example/flood-toll',1,'River Post','Ministry gives flood toll','en','2023-10-02T08:40:00Z','The health ministry said on Monday morning that 31 people had been killed in the floods.','e19a65de2545f2dd4edda0d26828c5895bde811557eb35e5bd84e79f2b986f9a','md','tests/data/discrepancy/sources/03-river-post.md','2026-12-07T02:00:46Z');
INSERT INTO sources VALUES(4,1,1,'https://metro-daily.example/2023-10-02/floods',1,'Metro Daily','Rescuers search for survivors','en','2023-10-02T12:00:00Z','Rescuers kept searching flooded villages. The health ministry said 31 people had been killed in the floods.','71d6d5e965080e5cac749d901fdc6d8cffa428c47929d3e5c8ecb490f306f373','md','tests/data/discrepancy/sources/04-metro-daily.md','2026-12-07T02:00:46Z');
INSERT INTO sources VALUES(5,1,1,'https://harbour-gazette.example/floods-afternoon',1,'Harbour Gazette','Flood toll rises','en','2023-10-02T14:00:00Z','The death toll from the floods rose to 33, the health ministry said on Monday afternoon.','a8dd91be8d07c9e9781805ce20e0ac44fe7cc9fafd210fb61ad6460682ae9be7','md','tests/data/discrepancy/sources/05-harbour-gazette.md','2026-12-07T02:00:46Z');
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
INSERT INTO claims VALUES(1,1,1,'9a2dcb9d15861020b629a368','deaths',31.0,31.0,31.0,'people','none','31','The health ministry said on Monday morning that 31 people had been killed in the floods.',48,50,48,50,0,88,'',0,'','','health officials','2023-10-02T08:00:00Z',1,'extracted','active','','1ac6ba1d94ffbfac903698f60cda895d','2026-12-07T02:00:46Z');
INSERT INTO claims VALUES(2,1,2,'8f481ee24d644a38242ce5d8','deaths',310.0,310.0,310.0,'people','none','310','The health ministry said on Monday morning that 310 people had been killed in the floods.',48,51,48,51,0,89,'',0,'','','health officials','2023-10-02T08:00:00Z',1,'extracted','active','','1ac6ba1d94ffbfac903698f60cda895d','2026-12-07T02:00:46Z');
INSERT INTO claims VALUES(3,1,3,'7408323453b7eb39518491c8','deaths',31.0,31.0,31.0,'people','none','31','The health ministry said on Monday morning that 31 people had been killed in the floods.',48,50,48,50,0,88,'',0,'','','health officials','2023-10-02T08:00:00Z',1,'extracted','active','','1ac6ba1d94ffbfac903698f60cda895d','2026-12-07T02:00:46Z');
INSERT INTO claims VALUES(4,1,4,'764801b22cac336052f3f2b2','deaths',31.0,31.0,31.0,'people','none','31','The health ministry said 31 people had been killed in the floods.',67,69,67,69,42,107,'',0,'','','health officials','2023-10-02T12:00:00Z',0,'extracted','active','','1ac6ba1d94ffbfac903698f60cda895d','2026-12-07T02:00:46Z');
INSERT INTO claims VALUES(5,1,5,'56fc07e839bf76e79dcf0f27','deaths',33.0,33.0,33.0,'people','none','33','The death toll from the floods rose to 33, the health ministry said on Monday afternoon.',39,41,39,41,0,88,'',0,'','','health officials','2023-10-02T14:00:00Z',1,'extracted','active','','1ac6ba1d94ffbfac903698f60cda895d','2026-12-07T02:00:46Z');
CREATE TABLE claim_extractions (
    source_id     INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    rules_hash    TEXT NOT NULL,
    claim_count   INTEGER NOT NULL,
    extracted_at  TEXT NOT NULL
);
INSERT INTO claim_extractions VALUES(1,'1ac6ba1d94ffbfac903698f60cda895d',1,'2026-12-07T02:00:46Z');
INSERT INTO claim_extractions VALUES(2,'1ac6ba1d94ffbfac903698f60cda895d',1,'2026-12-07T02:00:46Z');
INSERT INTO claim_extractions VALUES(3,'1ac6ba1d94ffbfac903698f60cda895d',1,'2026-12-07T02:00:46Z');
INSERT INTO claim_extractions VALUES(4,'1ac6ba1d94ffbfac903698f60cda895d',1,'2026-12-07T02:00:46Z');
INSERT INTO claim_extractions VALUES(5,'1ac6ba1d94ffbfac903698f60cda895d',1,'2026-12-07T02:00:46Z');
CREATE TABLE claim_rejections (
    case_id       INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    claim_key     TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    rejected_at   TEXT NOT NULL,
    PRIMARY KEY (case_id, claim_key)
);
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
, new_finding_count INTEGER, finding_claim_count INTEGER);
INSERT INTO check_runs VALUES(1,1,'2026-12-07T02:00:46Z','2026-12-07T02:00:46Z','complete','a16328f95567902b2fa1623cfb0e6a11a44b32216bd1b5b37aa11497a06f9fc4',5,1,4,'',4,13);
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
INSERT INTO findings VALUES(1,'1a84c987f42a','interval_conflict','deaths','||','high','Coastal Courier: 310 deaths (Oct 02 08:00, per health officials) vs Valley Herald, River Post, Metro Daily and Harbour Gazette: 31 and 33 (Oct 02 08:00-14:00, same attribution): 10x apart','active',1,1);
INSERT INTO findings VALUES(1,'3a3583c01434','transcription','deaths','||','high','Coastal Courier: 310 deaths (Oct 02 08:00, per health officials) vs Valley Herald and River Post: 31 (Oct 02 08:00, same attribution): the same statement reported with different figures, 10x apart','active',1,1);
INSERT INTO findings VALUES(1,'c7d7cb025c1d','transcription','deaths','||','medium','Metro Daily: 31 deaths (Oct 02 12:00, per health officials) vs Harbour Gazette: 33 (Oct 02 14:00, same attribution): the same statement reported with different figures, off by 2','active',1,1);
INSERT INTO findings VALUES(1,'e15fbeed4ab8','cumulative_timeline','deaths','||','high','Coastal Courier: 310 deaths (Oct 02 08:00, per health officials) is above 2 later figures from 2 other outlets, which the figures after it do not bear out, such as Metro Daily 31 (Oct 02 12:00) and Harbour Gazette 33 (Oct 02 14:00); a cumulative count cannot fall, so this one is likely inflated (9.4x above them)','active',1,1);
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
INSERT INTO finding_claims VALUES(1,'1a84c987f42a',0,2,'8f481ee24d644a38242ce5d8','questioned');
INSERT INTO finding_claims VALUES(1,'1a84c987f42a',1,1,'9a2dcb9d15861020b629a368','reference');
INSERT INTO finding_claims VALUES(1,'1a84c987f42a',2,3,'7408323453b7eb39518491c8','reference');
INSERT INTO finding_claims VALUES(1,'1a84c987f42a',3,4,'764801b22cac336052f3f2b2','reference');
INSERT INTO finding_claims VALUES(1,'1a84c987f42a',4,5,'56fc07e839bf76e79dcf0f27','reference');
INSERT INTO finding_claims VALUES(1,'3a3583c01434',0,2,'8f481ee24d644a38242ce5d8','questioned');
INSERT INTO finding_claims VALUES(1,'3a3583c01434',1,1,'9a2dcb9d15861020b629a368','reference');
INSERT INTO finding_claims VALUES(1,'3a3583c01434',2,3,'7408323453b7eb39518491c8','reference');
INSERT INTO finding_claims VALUES(1,'c7d7cb025c1d',0,4,'764801b22cac336052f3f2b2','questioned');
INSERT INTO finding_claims VALUES(1,'c7d7cb025c1d',1,5,'56fc07e839bf76e79dcf0f27','questioned');
INSERT INTO finding_claims VALUES(1,'e15fbeed4ab8',0,2,'8f481ee24d644a38242ce5d8','questioned');
INSERT INTO finding_claims VALUES(1,'e15fbeed4ab8',1,4,'764801b22cac336052f3f2b2','reference');
INSERT INTO finding_claims VALUES(1,'e15fbeed4ab8',2,5,'56fc07e839bf76e79dcf0f27','reference');
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
INSERT INTO reviews VALUES(1,1,'1a84c987f42a','confirmed','310 is an extra zero: the ministry said 31','alice','2026-12-07T02:00:51Z');
INSERT INTO reviews VALUES(2,1,'3a3583c01434','dismissed','same error as the interval finding','bob','2026-12-07T02:00:52Z');
CREATE INDEX sources_by_hash ON sources(case_id, content_hash);
CREATE INDEX claims_by_case ON claims(case_id, metric);
CREATE INDEX reviews_by_finding ON reviews(case_id, finding_id, id);
PRAGMA user_version = 4;
COMMIT;
