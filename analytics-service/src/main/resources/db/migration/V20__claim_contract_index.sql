-- Every projected contract change asks whether any claim is under the contract (ContractChangeFollowUp):
-- without an index that read every claim per event (100 ms at 150,000 claims). Bulk ingest pays for
-- one more index entry per claim; a contract change no longer pays for the whole table.
CREATE INDEX claim_contract_idx ON claim (contract_id);
