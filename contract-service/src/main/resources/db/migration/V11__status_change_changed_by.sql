-- Who moved the contract: the subject of the token that made the change (issue 14). Older rows name nobody.
ALTER TABLE contract_status_change ADD COLUMN changed_by text;
