-- Governance: shared definitions (every change a new version), committee votes, flags the approved new/lost
-- definitions put on masters; cross-silo interactions. Portable SQL: H2 and PostgreSQL.

CREATE TABLE definition_version (
    id                  BIGINT PRIMARY KEY,
    def_key             VARCHAR(60)  NOT NULL,
    kind                VARCHAR(40)  NOT NULL,
    version             INTEGER      NOT NULL,
    description         VARCHAR(4000) NOT NULL,
    body                VARCHAR(20000) NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    created_by          VARCHAR(100) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    proposed_by         VARCHAR(100),
    proposed_at         TIMESTAMP WITH TIME ZONE,
    due_at              TIMESTAMP WITH TIME ZONE,
    requested_effective TIMESTAMP WITH TIME ZONE,
    effective_from      TIMESTAMP WITH TIME ZONE,
    reminded_at         TIMESTAMP WITH TIME ZONE,
    escalated_at        TIMESTAMP WITH TIME ZONE,
    decided_at          TIMESTAMP WITH TIME ZONE,
    decided_by          VARCHAR(100),
    decision_comment    VARCHAR(4000),
    review_round        INTEGER NOT NULL,
    process_instance_id VARCHAR(64),
    lock_version        BIGINT NOT NULL,
    CONSTRAINT uq_definition_version UNIQUE (def_key, version)
);
CREATE INDEX ix_definition_version_status ON definition_version(status);

-- one vote per member and proposal round: a proposal rejected back to draft and proposed again is a new round
CREATE TABLE definition_vote (
    id                    BIGINT PRIMARY KEY,
    definition_version_id BIGINT NOT NULL REFERENCES definition_version(id),
    review_round          INTEGER NOT NULL,
    voter                 VARCHAR(100) NOT NULL,
    vote                  VARCHAR(20)  NOT NULL,
    comment               VARCHAR(2000),
    by_chair              BOOLEAN NOT NULL,
    cast_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_definition_vote UNIQUE (definition_version_id, review_round, voter)
);

CREATE TABLE master_flag (
    id                 BIGINT PRIMARY KEY,
    master_id          BIGINT NOT NULL REFERENCES master_record(id),
    flag               VARCHAR(20) NOT NULL,
    definition_key     VARCHAR(60) NOT NULL,
    definition_version INTEGER NOT NULL,
    flagged_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_master_flag UNIQUE (master_id, flag)
);
CREATE INDEX ix_master_flag_flag ON master_flag(flag);

CREATE TABLE interaction (
    id                    BIGINT PRIMARY KEY,
    source_id             BIGINT NOT NULL REFERENCES source_system(id),
    source_record_id      BIGINT NOT NULL REFERENCES source_record(id),
    source_interaction_id VARCHAR(200) NOT NULL,
    kind                  VARCHAR(40) NOT NULL,
    status                VARCHAR(20) NOT NULL,
    occurred_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at              TIMESTAMP WITH TIME ZONE,
    summary               VARCHAR(2000),
    content_hash          VARCHAR(64) NOT NULL,
    lock_version          BIGINT NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_interaction_source_id UNIQUE (source_id, source_interaction_id)
);
CREATE INDEX ix_interaction_record ON interaction(source_record_id);
CREATE INDEX ix_interaction_updated ON interaction(updated_at);
