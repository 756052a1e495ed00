-- Contracts and their fee schedules.
CREATE TABLE contract (
    id              uuid PRIMARY KEY,
    payor_id        uuid        NOT NULL,
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    status          text        NOT NULL CHECK (status IN ('DRAFT', 'NEGOTIATING', 'ACTIVE', 'EXPIRED', 'TERMINATED')),
    effective_date  date        NOT NULL,
    expiration_date date        NOT NULL,
    -- The version carried by contract-changed events; it grows by one with every change.
    event_version   bigint      NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    row_version     bigint      NOT NULL DEFAULT 0,
    CONSTRAINT contract_dates_ordered CHECK (expiration_date >= effective_date)
);
CREATE INDEX contract_payor_idx ON contract (payor_id);

CREATE TABLE fee_schedule_line (
    contract_id uuid          NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    line_no     integer       NOT NULL,
    code        text          NOT NULL,
    modifier    text,
    amount      numeric(12, 2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (contract_id, line_no)
);
CREATE UNIQUE INDEX fee_schedule_line_key ON fee_schedule_line (contract_id, code, coalesce(modifier, ''));

-- Transactional outbox: written in the same transaction as the change, published by the relay.
CREATE TABLE outbox_event (
    id           bigserial PRIMARY KEY,
    event_id     uuid        NOT NULL UNIQUE,
    topic        text        NOT NULL,
    aggregate_id text        NOT NULL,
    event_type   text        NOT NULL,
    payload      bytea       NOT NULL,
    headers      jsonb       NOT NULL,
    created_at   timestamptz NOT NULL,
    published_at timestamptz
);
CREATE INDEX outbox_event_unpublished_idx ON outbox_event (id) WHERE published_at IS NULL;
