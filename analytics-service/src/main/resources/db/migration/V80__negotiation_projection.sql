-- analytics' projection of contract-service's negotiations (negotiation-changed): one row per
-- negotiation with its latest proposal's terms and totals; never a walk-away floor.
CREATE TABLE negotiation_projection (
    negotiation_id        uuid PRIMARY KEY,
    version               bigint      NOT NULL,
    contract_id           uuid        NOT NULL,
    payor_id              uuid        NOT NULL,
    name                  text        NOT NULL,
    status                text        NOT NULL,
    rounds                integer     NOT NULL,
    latest_from           text,
    latest_effective_date date,
    new_expiration_date   date,
    current_annual_total  numeric(16, 2),
    proposed_annual_total numeric(16, 2),
    amendment_id          uuid,
    latest                jsonb,
    last_event_id         uuid        NOT NULL,
    changed_at            timestamptz NOT NULL,
    projected_at          timestamptz NOT NULL
);
CREATE INDEX negotiation_projection_contract_idx ON negotiation_projection (contract_id);
CREATE INDEX negotiation_projection_changed_idx ON negotiation_projection (changed_at DESC, negotiation_id);
