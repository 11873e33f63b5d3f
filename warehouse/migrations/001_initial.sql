-- 001: the first warehouse schema. Append-only: rows are inserted, never updated in place,
-- except the release columns of quarantine and the resolution of alerts, which people change.

CREATE TABLE runs (
    run_id            VARCHAR PRIMARY KEY,
    flow_run_id       VARCHAR,          -- the Prefect flow-run id, when run under Prefect
    flow_name         VARCHAR,
    started_at        TIMESTAMP,        -- UTC
    finished_at       TIMESTAMP,
    status            VARCHAR,          -- completed | partial (some sources failed) | failed
    sources_file      VARCHAR,
    extractor_version VARCHAR,
    strict            BOOLEAN,
    sources_total     INTEGER,
    sources_failed    INTEGER,
    observations_added INTEGER,
    quarantined_added INTEGER,
    alerts_added      INTEGER,
    message           VARCHAR
);

CREATE TABLE fetches (
    run_id        VARCHAR,
    source_id     VARCHAR,
    url           VARCHAR,
    final_url     VARCHAR,
    fetched_at    TIMESTAMP,
    status        VARCHAR,   -- ok | not_modified | error
    http_status   INTEGER,
    bytes         BIGINT,
    elapsed_ms    DOUBLE,
    content_type  VARCHAR,
    content_hash  VARCHAR,   -- sha256 of the body (of the stored body for not_modified)
    etag          VARCHAR,
    last_modified VARCHAR,
    error         VARCHAR
);

-- A document's content is stored once, by content hash.
CREATE TABLE documents (
    content_hash  VARCHAR PRIMARY KEY,
    source_id     VARCHAR,   -- the source that first brought it
    url           VARCHAR,
    content_type  VARCHAR,
    title         VARCHAR,
    published     DATE,
    language      VARCHAR,
    text          VARCHAR,   -- the extracted main text; figure offsets index into it
    bytes         BIGINT,
    first_seen_at TIMESTAMP,
    first_run_id  VARCHAR
);

-- One row each time an extractor version read a document of a source, even when it found nothing.
CREATE TABLE extractions (
    run_id            VARCHAR,
    source_id         VARCHAR,
    url               VARCHAR,
    content_hash      VARCHAR,
    extractor_version VARCHAR,
    figures           INTEGER,
    extracted_at      TIMESTAMP
);

CREATE TABLE observations (
    observation_id    VARCHAR,   -- hash of (source, document, extractor version, metric, value, qualifier, offset)
    run_id            VARCHAR,
    source_id         VARCHAR,
    source_kind       VARCHAR,
    publisher         VARCHAR,
    url               VARCHAR,
    metric            VARCHAR,
    value             DOUBLE,
    qualifier         VARCHAR,
    unit              VARCHAR,
    as_of             DATE,
    published         DATE,
    evidence          VARCHAR,
    number_text       VARCHAR,
    start_offset      INTEGER,
    end_offset        INTEGER,
    page              INTEGER,
    content_hash      VARCHAR,
    extractor_version VARCHAR,
    fetched_at        TIMESTAMP,
    loaded_at         TIMESTAMP,
    released_from     VARCHAR    -- quarantine_id when a person released it from quarantine
);

CREATE TABLE quarantine (
    quarantine_id     VARCHAR,
    run_id            VARCHAR,
    source_id         VARCHAR,
    source_kind       VARCHAR,
    publisher         VARCHAR,
    url               VARCHAR,
    metric            VARCHAR,
    value             DOUBLE,
    qualifier         VARCHAR,
    unit              VARCHAR,
    as_of             DATE,
    published         DATE,
    evidence          VARCHAR,
    number_text       VARCHAR,
    start_offset      INTEGER,
    end_offset        INTEGER,
    page              INTEGER,
    content_hash      VARCHAR,
    extractor_version VARCHAR,
    fetched_at        TIMESTAMP,
    check_name        VARCHAR,   -- every error-level check the figure failed, comma-separated
    severity          VARCHAR,
    reason            VARCHAR,   -- readable, with the offending values
    created_at        TIMESTAMP,
    released_at       TIMESTAMP,
    released_by       VARCHAR,
    release_note      VARCHAR
);

-- Warning-level checks: the observation loaded, and this row says what looked odd.
CREATE TABLE flags (
    observation_id VARCHAR,
    run_id         VARCHAR,
    check_name     VARCHAR,
    reason         VARCHAR,
    created_at     TIMESTAMP
);

CREATE TABLE alerts (
    alert_id    VARCHAR,
    run_id      VARCHAR,
    source_id   VARCHAR,
    kind        VARCHAR,   -- no_figures | ...
    message     VARCHAR,
    created_at  TIMESTAMP,
    resolved_at TIMESTAMP
);
