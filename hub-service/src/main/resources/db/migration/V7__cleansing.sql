-- Data cleansing: proposals of the cleansing vendor (or the built-in cleanser) for source records, their per-field
-- results and codes, and the batch jobs that cleanse a whole source. Portable SQL (H2 and PostgreSQL).

CREATE TABLE cleansing_job (
    id                BIGINT PRIMARY KEY,
    source_id         BIGINT NOT NULL REFERENCES source_system(id),
    status            VARCHAR(20) NOT NULL,
    -- the last source_record id done: a restarted hub resumes the job after it
    cursor_record_id  BIGINT NOT NULL,
    total_records     INTEGER NOT NULL,
    processed         INTEGER NOT NULL,
    proposals         INTEGER NOT NULL,
    failures          INTEGER NOT NULL,
    last_problem      VARCHAR(500),
    started_by        VARCHAR(100) NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at       TIMESTAMP WITH TIME ZONE,
    lock_version      BIGINT NOT NULL
);
CREATE INDEX ix_cleansing_job_status ON cleansing_job(status);

CREATE TABLE cleansing_proposal (
    id                  BIGINT PRIMARY KEY,
    source_record_id    BIGINT NOT NULL REFERENCES source_record(id),
    source_id           BIGINT NOT NULL REFERENCES source_system(id),
    record_version      INTEGER NOT NULL,
    kind                VARCHAR(20) NOT NULL,
    cleanser            VARCHAR(40) NOT NULL,
    cleanser_version    VARCHAR(40) NOT NULL,
    -- per field: attribute, before, after, status, level, score, codes, change
    fields_json         VARCHAR(20000) NOT NULL,
    -- the same answer for the same values is one proposal, however often a batch runs
    fingerprint         VARCHAR(64) NOT NULL,
    result_status       VARCHAR(30) NOT NULL,
    verification_level  INTEGER NOT NULL,
    match_score         INTEGER NOT NULL,
    change_kind         VARCHAR(20) NOT NULL,
    status              VARCHAR(20) NOT NULL,
    route               VARCHAR(20),
    queue               VARCHAR(20),
    job_id              BIGINT REFERENCES cleansing_job(id),
    process_instance_id VARCHAR(64),
    accepted_json       VARCHAR(20000),
    edited              BOOLEAN NOT NULL,
    decided_by          VARCHAR(100),
    decided_at          TIMESTAMP WITH TIME ZONE,
    decision_comment    VARCHAR(2000),
    lock_version        BIGINT NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_cleansing_proposal_fingerprint UNIQUE (source_record_id, kind, fingerprint)
);
CREATE INDEX ix_cleansing_proposal_record ON cleansing_proposal(source_record_id);
CREATE INDEX ix_cleansing_proposal_status ON cleansing_proposal(status, source_id);
CREATE INDEX ix_cleansing_proposal_job ON cleansing_proposal(job_id, kind, status);

-- one row per field a cleanser answered for, and one per code it gave: the data-quality view counts these
CREATE TABLE cleansing_field (
    id             BIGINT PRIMARY KEY,
    proposal_id    BIGINT NOT NULL REFERENCES cleansing_proposal(id),
    source_id      BIGINT NOT NULL REFERENCES source_system(id),
    attribute      VARCHAR(40) NOT NULL,
    result_status  VARCHAR(30) NOT NULL,
    changed        BOOLEAN NOT NULL
);
CREATE INDEX ix_cleansing_field_source ON cleansing_field(source_id);

CREATE TABLE cleansing_code (
    id             BIGINT PRIMARY KEY,
    proposal_id    BIGINT NOT NULL REFERENCES cleansing_proposal(id),
    source_id      BIGINT NOT NULL REFERENCES source_system(id),
    attribute      VARCHAR(40) NOT NULL,
    code           VARCHAR(60) NOT NULL
);
CREATE INDEX ix_cleansing_code_source ON cleansing_code(source_id);
