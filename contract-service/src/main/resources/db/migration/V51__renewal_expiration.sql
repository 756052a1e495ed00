-- A renewal is an amendment that also moves the contract's expiration date; the date it moved to
-- stays on the amendment, so the history shows each renewal.
ALTER TABLE rate_terms ADD COLUMN new_expiration_date date;
