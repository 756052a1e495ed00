-- Bulk ingest writes fewer indexes: the natural key, led by the claim id, also serves the lookups of
-- remittance linking (by claim id alone); contract-scoped repricing reads claims sequentially.
DROP INDEX claim_ref_idx;
DROP INDEX claim_contract_idx;
ALTER TABLE claim DROP CONSTRAINT claim_natural_key;
ALTER TABLE claim ADD CONSTRAINT claim_natural_key UNIQUE (claim_ref, payor_id);

-- A job's input is not WAL-logged: writing a big upload twice cost more than the upload itself. It
-- survives restarts of the service, not a crash of PostgreSQL, which empties it; the job then fails
-- saying so (input_pieces no longer matches), and uploading the file again counts nothing twice.
ALTER TABLE job ADD COLUMN input_pieces int;
ALTER TABLE job_input SET UNLOGGED;
