-- Walk-away floors: the least the organization accepts for a code, organization-wide (payor_id
-- null) or overriding it for one payor, from a date to a date (open-ended when null), with a reason.
-- Ranges of the same code and scope never overlap (FloorService checks under an advisory lock).
CREATE TABLE walk_away_floor (
    id             uuid PRIMARY KEY,
    payor_id       uuid,
    code           text          NOT NULL CHECK (code ~ '^([0-9]{5}|[0-9]{4}[FTU]|[A-Z][0-9]{4})$'),
    amount         numeric(12, 2) NOT NULL CHECK (amount >= 0),
    effective_from date          NOT NULL,
    effective_to   date CHECK (effective_to IS NULL OR effective_to >= effective_from),
    reason         text          NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    created_at     timestamptz   NOT NULL
);
CREATE INDEX walk_away_floor_code_idx ON walk_away_floor (code, payor_id, effective_from);
CREATE INDEX walk_away_floor_payor_idx ON walk_away_floor (payor_id, code);
