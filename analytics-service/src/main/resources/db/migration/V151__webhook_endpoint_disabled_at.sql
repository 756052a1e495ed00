-- When the sender disabled the endpoint (repeated failures or 410 Gone); NULL while enabled or when
-- disabled by request. It raises the WEBHOOK_ENDPOINT_DISABLED alert until the endpoint is re-enabled.
ALTER TABLE webhook_endpoint ADD COLUMN disabled_at timestamptz;
UPDATE webhook_endpoint SET disabled_at = updated_at
WHERE state = 'DISABLED' AND disabled_reason IS DISTINCT FROM 'disabled by request';
