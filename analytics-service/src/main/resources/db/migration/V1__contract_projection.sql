-- analytics' own copy of each contract, kept from contract-changed events.
CREATE TABLE contract_projection (
    contract_id     uuid PRIMARY KEY,
    version         bigint      NOT NULL,
    payor_id        uuid        NOT NULL,
    name            text        NOT NULL,
    status          text        NOT NULL,
    effective_date  date        NOT NULL,
    expiration_date date        NOT NULL,
    -- The event's full terms as received; the pricing engine reads them from here.
    terms           jsonb       NOT NULL,
    last_event_id   uuid        NOT NULL,
    changed_at      timestamptz NOT NULL,
    projected_at    timestamptz NOT NULL
);
CREATE INDEX contract_projection_payor_idx ON contract_projection (payor_id, effective_date);

-- Events already handled, per consumer: a redelivered event id changes nothing.
CREATE TABLE processed_event (
    consumer     text        NOT NULL,
    event_id     uuid        NOT NULL,
    processed_at timestamptz NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
