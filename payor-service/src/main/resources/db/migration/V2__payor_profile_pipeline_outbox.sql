-- Capability 1 and 2: the full profile, archiving instead of deleting, the targeting pipeline and
-- its history; the outbox for payor-changed; stored answers for Idempotency-Key retries.

ALTER TABLE payor
    ADD COLUMN legal_name          text CHECK (length(legal_name) <= 300),
    ADD COLUMN parent_organization text CHECK (length(parent_organization) <= 200),
    -- [{"payerId": "...", "clearinghouse": "..."}]: read with the payor in one row, no N+1 on lists.
    ADD COLUMN edi_payer_ids       jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN portal_url          text CHECK (length(portal_url) <= 2000),
    ADD COLUMN notes               text CHECK (length(notes) <= 10000),
    ADD COLUMN status              text NOT NULL DEFAULT 'PROSPECT'
        CHECK (status IN ('PROSPECT', 'RESEARCHING', 'TARGETED', 'NEGOTIATING', 'CONTRACTED', 'DECLINED', 'TERMINATED')),
    ADD COLUMN archived_at         timestamptz,
    -- The version carried by payor-changed events; bumped with one UPDATE ... RETURNING so that
    -- an event never touches row_version (the ETag of the profile).
    ADD COLUMN event_version       bigint NOT NULL DEFAULT 0,
    -- What a name search looks at: display and legal name, lower case.
    ADD COLUMN search_text         text GENERATED ALWAYS AS (lower(name || ' ' || coalesce(legal_name, ''))) STORED;

CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- Partial, case-insensitive name search ("%mutual%") over display and legal name.
CREATE INDEX payor_search_text_trgm_idx ON payor USING gin (search_text gin_trgm_ops);
CREATE INDEX payor_status_idx ON payor (status);
CREATE INDEX payor_edi_payer_ids_idx ON payor USING gin (edi_payer_ids jsonb_path_ops);

CREATE TABLE payor_status_change (
    id          uuid PRIMARY KEY,
    payor_id    uuid        NOT NULL REFERENCES payor (id),
    from_status text        NOT NULL,
    to_status   text        NOT NULL,
    reason      text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    changed_by  text        NOT NULL CHECK (length(changed_by) BETWEEN 1 AND 200),
    changed_at  timestamptz NOT NULL
);
CREATE INDEX payor_status_change_payor_idx ON payor_status_change (payor_id, changed_at DESC);

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

-- The first answer to a POST carrying an Idempotency-Key, replayed to retries with the same body.
CREATE TABLE idempotency_key (
    idempotency_key text PRIMARY KEY CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    request_hash    text        NOT NULL,
    status          integer,
    body            text,
    location        text,
    etag            text,
    created_at      timestamptz NOT NULL
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
