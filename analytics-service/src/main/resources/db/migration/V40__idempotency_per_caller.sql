-- Keys kept only for a day: the old table (keys shared by every caller) goes; retries after
-- the upgrade simply run again.
DROP TABLE idempotency_key;

-- platform Idempotency: the first answer to a POST carrying an Idempotency-Key, per caller (the
-- token's subject), replayed to retries with the same request. status is NULL while the first runs.
CREATE TABLE idempotent_request (
    subject         text        NOT NULL,
    idempotency_key text        NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    request_hash    text        NOT NULL,
    status          integer,
    body            text,
    location        text,
    etag            text,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (subject, idempotency_key)
);
CREATE INDEX idempotent_request_created_idx ON idempotent_request (created_at);
