-- What contract-service keeps of payor-service's payor-changed events: each payor's name and EDI payer
-- ids (quotes address a payor by them) and its utilization-management policies (coverage flags codes
-- that need prior authorization). Only newer event versions change a row.

-- Events already handled, per consumer: a redelivered event id changes nothing (platform Inbox).
CREATE TABLE processed_event (
    consumer     text        NOT NULL,
    event_id     uuid        NOT NULL,
    processed_at timestamptz NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

CREATE TABLE payor_projection (
    payor_id   uuid PRIMARY KEY,
    name       text        NOT NULL,
    archived   boolean     NOT NULL,
    -- Version of the last event applied to the profile.
    version    bigint      NOT NULL,
    updated_at timestamptz NOT NULL
);

-- A payer id names one payor; the same id under two payors would make a quote ambiguous (409 there).
CREATE TABLE payor_edi_payer_id (
    payor_id      uuid NOT NULL REFERENCES payor_projection (payor_id) ON DELETE CASCADE,
    payer_id      text NOT NULL,
    clearinghouse text,
    PRIMARY KEY (payor_id, payer_id)
);
CREATE INDEX payor_edi_payer_id_idx ON payor_edi_payer_id (payer_id);

-- One row per UM policy; a removed policy stays as a tombstone so that an older event cannot revive it.
CREATE TABLE payor_um_policy (
    id                  uuid PRIMARY KEY,
    payor_id            uuid    NOT NULL,
    code                text    NOT NULL,
    modifier            text,
    prior_auth_required boolean NOT NULL,
    effective_date      date,
    end_date            date,
    removed             boolean NOT NULL,
    -- Version of the payor event that last changed the policy.
    version             bigint  NOT NULL
);
CREATE INDEX payor_um_policy_payor_idx ON payor_um_policy (payor_id, code);
