-- analytics' own outbox (platform Outbox/OutboxRelay): analytics-changed events, written in the
-- transaction of their cause (a remittance stored, an underpayment detected, a job ended).
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

-- An integrator's webhook endpoint. The secret is kept (it signs every delivery) but answered only
-- when made; during a rotation the previous secret signs too until previous_secret_until.
CREATE TABLE webhook_endpoint (
    id                    uuid PRIMARY KEY,
    url                   text        NOT NULL,
    description           text,
    event_types           text[]      NOT NULL,
    secret                text        NOT NULL,
    previous_secret       text,
    previous_secret_until timestamptz,
    state                 text        NOT NULL, -- ENABLED or DISABLED
    disabled_reason       text,
    consecutive_failures  int         NOT NULL DEFAULT 0,
    created_by            text        NOT NULL,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    row_version           bigint      NOT NULL DEFAULT 1
);

-- One message to one endpoint. message_id is the webhook-id (the same on every attempt and
-- redelivery); body is the exact bytes signed and sent. Senders claim due rows with
-- FOR UPDATE SKIP LOCKED and a lease (leased_until), so replicas share the work and a killed
-- sender's rows come due again when its lease runs out.
CREATE TABLE webhook_delivery (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    endpoint_id      uuid        NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    message_id       text        NOT NULL,
    event_type       text        NOT NULL,
    body             bytea       NOT NULL,
    caused_at        timestamptz NOT NULL,
    created_at       timestamptz NOT NULL,
    retry_from       timestamptz NOT NULL, -- retries stop 24 h after this (created, or asked to redeliver)
    status           text        NOT NULL, -- PENDING, DELIVERED, FAILED (retries used up)
    attempts         int         NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    leased_until     timestamptz,
    last_attempt_at  timestamptz,
    last_status_code int,
    last_error       text,
    last_latency_ms  int,
    delivered_at     timestamptz,
    CONSTRAINT webhook_delivery_message UNIQUE (endpoint_id, message_id)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_endpoint_idx ON webhook_delivery (endpoint_id, id DESC);
