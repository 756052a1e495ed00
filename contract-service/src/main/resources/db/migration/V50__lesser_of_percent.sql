-- A fee-schedule line may pay the lesser of its amount and its own percentage of billed charges
-- (contract-wide lesser-of and its percentage live in rate_terms.rules JSON).
ALTER TABLE fee_schedule_line
    ADD COLUMN lesser_of_percent numeric(9, 4) CHECK (lesser_of_percent > 0 AND lesser_of_percent <= 1000);
