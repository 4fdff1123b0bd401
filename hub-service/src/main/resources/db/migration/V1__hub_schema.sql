-- Hub tables. Portable SQL: runs on H2 (embedded default) and PostgreSQL (production profile).
-- Large JSON documents are VARCHAR with a generous bound so both databases store them the same way.

CREATE SEQUENCE hub_id_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE master_id_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE source_system (
    id            BIGINT PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL UNIQUE,
    name          VARCHAR(200) NOT NULL,
    trust         DOUBLE PRECISION NOT NULL,
    token_hash    VARCHAR(128) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100) NOT NULL
);

CREATE TABLE field_mapping (
    id            BIGINT PRIMARY KEY,
    source_id     BIGINT NOT NULL REFERENCES source_system(id),
    version       INTEGER NOT NULL,
    status        VARCHAR(20) NOT NULL,
    body          VARCHAR(200000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    CONSTRAINT uq_field_mapping_version UNIQUE (source_id, version)
);

CREATE TABLE master_record (
    id              BIGINT PRIMARY KEY,
    customer_number VARCHAR(24) NOT NULL UNIQUE,
    status          VARCHAR(20) NOT NULL,
    merged_into_id  BIGINT REFERENCES master_record(id),
    golden          VARCHAR(200000) NOT NULL,
    lock_version    BIGINT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE source_record (
    id               BIGINT PRIMARY KEY,
    source_id        BIGINT NOT NULL REFERENCES source_system(id),
    source_key       VARCHAR(200) NOT NULL,
    raw_json         VARCHAR(200000) NOT NULL,
    canonical_json   VARCHAR(200000) NOT NULL,
    content_hash     VARCHAR(64) NOT NULL,
    mapping_version  INTEGER NOT NULL,
    record_version   INTEGER NOT NULL,
    master_id        BIGINT REFERENCES master_record(id),
    match_state      VARCHAR(20) NOT NULL,
    indexed          BOOLEAN NOT NULL,
    lock_version     BIGINT NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_source_record_key UNIQUE (source_id, source_key)
);
CREATE INDEX ix_source_record_master ON source_record(master_id);
CREATE INDEX ix_source_record_state ON source_record(match_state);

-- every received version of a record, raw as received: nothing a source sent is ever lost
CREATE TABLE source_record_version (
    id               BIGINT PRIMARY KEY,
    source_record_id BIGINT NOT NULL REFERENCES source_record(id),
    record_version   INTEGER NOT NULL,
    raw_json         VARCHAR(200000) NOT NULL,
    canonical_json   VARCHAR(200000) NOT NULL,
    content_hash     VARCHAR(64) NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_source_record_version UNIQUE (source_record_id, record_version)
);

CREATE TABLE match_decision (
    id                  BIGINT PRIMARY KEY,
    source_record_id    BIGINT NOT NULL REFERENCES source_record(id),
    candidate_record_id BIGINT REFERENCES source_record(id),
    candidate_master_id BIGINT REFERENCES master_record(id),
    match_weight        DOUBLE PRECISION,
    probability         DOUBLE PRECISION,
    outcome             VARCHAR(20) NOT NULL,
    explanation         VARCHAR(200000) NOT NULL,
    model_version       VARCHAR(40) NOT NULL,
    decided_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_match_decision_record ON match_decision(source_record_id);

CREATE TABLE merge_review (
    id                  BIGINT PRIMARY KEY,
    source_record_id    BIGINT NOT NULL REFERENCES source_record(id),
    record_master_id    BIGINT NOT NULL REFERENCES master_record(id),
    candidate_record_id BIGINT NOT NULL REFERENCES source_record(id),
    candidate_master_id BIGINT NOT NULL REFERENCES master_record(id),
    match_decision_id   BIGINT NOT NULL REFERENCES match_decision(id),
    probability         DOUBLE PRECISION NOT NULL,
    status              VARCHAR(20) NOT NULL,
    process_instance_id VARCHAR(64),
    decided_by          VARCHAR(100),
    decided_at          TIMESTAMP WITH TIME ZONE,
    decision_comment    VARCHAR(2000),
    lock_version        BIGINT NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_merge_review_status ON merge_review(status);

CREATE TABLE not_a_match (
    id           BIGINT PRIMARY KEY,
    record_low_id  BIGINT NOT NULL REFERENCES source_record(id),
    record_high_id BIGINT NOT NULL REFERENCES source_record(id),
    asserted_by  VARCHAR(100) NOT NULL,
    asserted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    reason       VARCHAR(2000),
    CONSTRAINT uq_not_a_match UNIQUE (record_low_id, record_high_id)
);

CREATE TABLE master_event (
    id         BIGINT PRIMARY KEY,
    master_id  BIGINT NOT NULL REFERENCES master_record(id),
    kind       VARCHAR(40) NOT NULL,
    actor      VARCHAR(100) NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    detail     VARCHAR(200000) NOT NULL
);
CREATE INDEX ix_master_event_master ON master_event(master_id);

CREATE TABLE audit_entry (
    id      BIGINT PRIMARY KEY,
    actor   VARCHAR(100) NOT NULL,
    action  VARCHAR(60)  NOT NULL,
    target  VARCHAR(200) NOT NULL,
    at      TIMESTAMP WITH TIME ZONE NOT NULL,
    detail  VARCHAR(20000)
);
CREATE INDEX ix_audit_entry_at ON audit_entry(at);
