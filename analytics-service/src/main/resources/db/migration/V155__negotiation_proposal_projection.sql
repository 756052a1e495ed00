-- Every proposal analytics has seen on negotiation-changed (each event carries the one it is about),
-- so any round can be compared with the market, not only the latest. A proposal never changes once
-- made: the first event naming it wins. Its terms as the event has them, never a walk-away floor.
CREATE TABLE negotiation_proposal_projection (
    proposal_id    uuid PRIMARY KEY,
    negotiation_id uuid        NOT NULL,
    contract_id    uuid        NOT NULL,
    round          integer     NOT NULL,
    from_party     text        NOT NULL,
    effective_date date        NOT NULL,
    proposal       jsonb       NOT NULL,
    projected_at   timestamptz NOT NULL
);
CREATE INDEX negotiation_proposal_projection_negotiation_idx ON negotiation_proposal_projection (negotiation_id, round);
