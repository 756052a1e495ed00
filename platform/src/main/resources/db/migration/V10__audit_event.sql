-- The audit trail (platform AuditTrail; HIPAA audit controls): one row per change, written in the
-- change's own transaction. Shipped in the platform jar, so every service's Flyway runs it.
-- Append-only in the database too: UPDATE, DELETE and TRUNCATE are refused whoever asks.
CREATE TABLE audit_event (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at   timestamptz NOT NULL,
    subject       text        NOT NULL,
    roles         text[]      NOT NULL,
    request_id    text,
    resource_type text        NOT NULL,
    resource_id   text        NOT NULL,
    action        text        NOT NULL,
    changes       jsonb       NOT NULL
);
CREATE INDEX audit_event_resource_idx ON audit_event (resource_type, resource_id, id);

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
