-- Mastering (issue 5): steward overrides of golden values, not-a-match between masters, households,
-- point-in-time snapshots on master events, and the change-event outbox with webhook subscriptions.
-- Portable SQL: H2 (embedded default) and PostgreSQL (production profile).

-- the master as it was right after the event: the point-in-time view reads the latest snapshot at or before a time
ALTER TABLE master_event ADD COLUMN snapshot VARCHAR(200000);
CREATE INDEX ix_master_event_at ON master_event(master_id, at);

-- a steward's pin (the golden value is this until unpinned) or verification (this record's value is validated)
CREATE TABLE golden_override (
    id           BIGINT PRIMARY KEY,
    master_id    BIGINT NOT NULL REFERENCES master_record(id),
    attribute    VARCHAR(40)  NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    value_json   VARCHAR(4000) NOT NULL,
    record_id    BIGINT REFERENCES source_record(id),
    reason       VARCHAR(2000) NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    active       BOOLEAN NOT NULL,
    ended_by     VARCHAR(100),
    ended_at     TIMESTAMP WITH TIME ZONE,
    end_reason   VARCHAR(2000)
);
CREATE INDEX ix_golden_override_master ON golden_override(master_id, active);

-- two masters are different people until the assertion is revoked (record pairs live in not_a_match)
CREATE TABLE master_not_a_match (
    id             BIGINT PRIMARY KEY,
    master_low_id  BIGINT NOT NULL REFERENCES master_record(id),
    master_high_id BIGINT NOT NULL REFERENCES master_record(id),
    asserted_by    VARCHAR(100) NOT NULL,
    asserted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    active         BOOLEAN NOT NULL,
    revoked_by     VARCHAR(100),
    revoked_at     TIMESTAMP WITH TIME ZONE,
    revoke_reason  VARCHAR(2000)
);
CREATE INDEX ix_master_nam_low ON master_not_a_match(master_low_id);
CREATE INDEX ix_master_nam_high ON master_not_a_match(master_high_id);

-- one household per household key (e.g. the normalised address): its number is never reused and comes back
-- when the household forms again
CREATE SEQUENCE household_id_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE household (
    id               BIGINT PRIMARY KEY,
    household_number VARCHAR(24)  NOT NULL UNIQUE,
    household_key    VARCHAR(1000) NOT NULL UNIQUE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
-- every active master's household key, and its household while enough masters share the key
CREATE TABLE master_household (
    master_id        BIGINT PRIMARY KEY REFERENCES master_record(id),
    customer_number  VARCHAR(24) NOT NULL,
    household_key    VARCHAR(1000),
    household_id     BIGINT REFERENCES household(id),
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_master_household_key ON master_household(household_key);
CREATE INDEX ix_master_household_household ON master_household(household_id);

-- the outbox: written in the transaction of the master change, fanned out to webhook deliveries afterwards
CREATE TABLE change_event (
    id              BIGINT PRIMARY KEY,
    event_type      VARCHAR(40) NOT NULL,
    customer_number VARCHAR(24) NOT NULL,
    sources         VARCHAR(4000) NOT NULL,
    payload         VARCHAR(20000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    dispatched      BOOLEAN NOT NULL
);
CREATE INDEX ix_change_event_dispatched ON change_event(dispatched, id);

CREATE TABLE webhook_subscription (
    id          BIGINT PRIMARY KEY,
    source_code VARCHAR(40),
    url         VARCHAR(2000) NOT NULL,
    event_types VARCHAR(400) NOT NULL,
    secret      VARCHAR(200) NOT NULL,
    active      BOOLEAN NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE webhook_delivery (
    id              BIGINT PRIMARY KEY,
    subscription_id BIGINT NOT NULL REFERENCES webhook_subscription(id),
    change_event_id BIGINT NOT NULL REFERENCES change_event(id),
    status          VARCHAR(20) NOT NULL,
    attempts        INTEGER NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    last_status     INTEGER,
    last_error      VARCHAR(500),
    delivered_at    TIMESTAMP WITH TIME ZONE,
    lock_version    BIGINT NOT NULL,
    CONSTRAINT uq_webhook_delivery UNIQUE (subscription_id, change_event_id)
);
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery(status, next_attempt_at);
CREATE INDEX ix_webhook_delivery_subscription ON webhook_delivery(subscription_id, id);
