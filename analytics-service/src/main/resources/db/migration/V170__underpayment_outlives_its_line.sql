-- Work on an underpayment belongs to the service it was found on, and outlives it. A replacement
-- moves each item to the line that continues its service (ServiceLineMatch); an item someone worked
-- on (any status but DETECTED) whose service a void or a replacement ends is kept, marked ended, with
-- the last figures priced for its service; a DETECTED one goes, as the repricer's rule has it.
ALTER TABLE underpayment
    ADD COLUMN ended_at timestamptz,
    ADD COLUMN ended_by text; -- VOIDED or REPLACED

-- One live item per claim line; ended items keep the number their line had, which a later version
-- may give to another service.
ALTER TABLE underpayment DROP CONSTRAINT underpayment_line;
CREATE UNIQUE INDEX underpayment_live_line ON underpayment (claim_id, line_no) WHERE ended_at IS NULL;

-- The last figures priced for a worked item's service, kept each time a correction or a void drops
-- its line's figures (line_result holds only the lines in force): what an ended item shows.
CREATE TABLE underpayment_figures (
    underpayment_id bigint        PRIMARY KEY REFERENCES underpayment (id) ON DELETE CASCADE,
    payor_id        uuid          NOT NULL,
    contract_id     uuid,
    code            text          NOT NULL,
    service_date    date          NOT NULL,
    billed          numeric(12,2) NOT NULL,
    expected        numeric(12,2) NOT NULL,
    paid            numeric(12,2) NOT NULL,
    patient_resp    numeric(12,2),
    variance        numeric(12,2) NOT NULL,
    rule            text
);
