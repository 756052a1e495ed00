-- Work on an underpayment belongs to the service it was found on, and outlives it. A replacement
-- moves each item to the line that continues its service (ServiceLineMatch); an item someone worked
-- on (any status but DETECTED) whose service a void or a replacement ends is kept, marked ended, with
-- the figures its line had when it ended; a DETECTED one goes, as the repricer's rule has it.
ALTER TABLE underpayment
    ADD COLUMN ended_at timestamptz,
    ADD COLUMN ended_by text; -- VOIDED or REPLACED

-- One live item per claim line; ended items keep the number their line had, which a later version
-- may give to another service.
ALTER TABLE underpayment DROP CONSTRAINT underpayment_line;
CREATE UNIQUE INDEX underpayment_live_line ON underpayment (claim_id, line_no) WHERE ended_at IS NULL;

-- The figures of an ended item's line as they stood when it ended (line_result keeps only live lines).
-- The amounts are null when the line had not been priced again since an earlier correction.
CREATE TABLE ended_underpayment (
    underpayment_id bigint        PRIMARY KEY REFERENCES underpayment (id) ON DELETE CASCADE,
    claim_id        uuid          NOT NULL,
    line_no         int           NOT NULL,
    payor_id        uuid          NOT NULL,
    contract_id     uuid,
    code            text          NOT NULL,
    service_date    date          NOT NULL,
    billed          numeric(12,2) NOT NULL,
    expected        numeric(12,2),
    paid            numeric(12,2),
    patient_resp    numeric(12,2),
    variance        numeric(12,2),
    rule            text
);
CREATE INDEX ended_underpayment_line ON ended_underpayment (claim_id, line_no);
