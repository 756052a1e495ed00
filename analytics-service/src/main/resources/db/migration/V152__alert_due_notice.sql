-- The alerts the alert.due job has announced, one row per alert fingerprint (its id): written in the
-- transaction that appends the announcing analytics-changed event to the outbox, so an alert is
-- announced once whichever replica sees it first, and a job killed mid-pass announces the rest next pass.
CREATE TABLE alert_due_notice (
    alert_id   text PRIMARY KEY,
    kind       text        NOT NULL,
    due_date   date        NOT NULL,
    noticed_at timestamptz NOT NULL
);
