-- The contract-changed follow-up asks whether any claim names the contract, once per event; without
-- this index (dropped in V4 for bulk ingest) that was a scan of every claim (100 ms at 150,000 claims)
-- holding a consumer's connection. IF NOT EXISTS: another branch may add the same index.
CREATE INDEX IF NOT EXISTS claim_contract_idx ON claim (contract_id);
