-- Negotiations with a contract's payor (of a renewal or amendment of an ACTIVE contract, or of a new
-- contract's terms) and their rounds of proposals. A proposal's terms are JSON (ProposedTerms); its
-- round is unique in the negotiation. Accepting records the proposal and the amendment it created.
CREATE TABLE negotiation (
    id                   uuid PRIMARY KEY,
    contract_id          uuid        NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    payor_id             uuid        NOT NULL,
    name                 text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    status               text        NOT NULL CHECK (status IN ('OPEN', 'COUNTERED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')),
    rounds               integer     NOT NULL DEFAULT 0 CHECK (rounds >= 0),
    accepted_proposal_id uuid,
    amendment_id         uuid,
    status_reason        text,
    event_version        bigint      NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL
);
CREATE INDEX negotiation_contract_idx ON negotiation (contract_id, created_at DESC);

CREATE TABLE negotiation_proposal (
    id             uuid PRIMARY KEY,
    negotiation_id uuid        NOT NULL REFERENCES negotiation (id) ON DELETE CASCADE,
    round          integer     NOT NULL CHECK (round >= 1),
    from_party     text        NOT NULL CHECK (from_party IN ('US', 'PAYOR')),
    terms          jsonb       NOT NULL,
    note           text,
    created_by     text,
    created_at     timestamptz NOT NULL,
    UNIQUE (negotiation_id, round)
);
