-- Claims as billing systems correct them: frequency code 7 replaces the claim stored under the same
-- key (payor + claim id), 8 voids it. The claim row keeps its id and holds the version in force; each
-- version it replaced is kept in claim_version. Constant defaults: no table rewrite, and bulk COPY of
-- new claims writes no more columns than before.
ALTER TABLE claim ADD COLUMN frequency_code text NOT NULL DEFAULT '1',
                  ADD COLUMN version int NOT NULL DEFAULT 1,
                  ADD COLUMN version_at timestamptz,   -- when the version in force arrived; null: created_at
                  ADD COLUMN voided_at timestamptz;

-- A version replaced or voided, as it was: header, lines (JSON, as stored) and the fingerprint of its
-- content (ClaimContent), so a resend of any earlier version is recognised as a duplicate.
CREATE TABLE claim_version (
    claim_id           uuid          NOT NULL,
    version            int           NOT NULL,
    frequency_code     text          NOT NULL,
    provider_tin       text,
    provider_npi       text,
    contract_id        uuid,
    contract_match     text          NOT NULL,
    billing_class      text,
    submission_date    date,
    first_service_date date          NOT NULL,
    total_billed       numeric(14,2) NOT NULL,
    lines              jsonb         NOT NULL,
    content_hash       text          NOT NULL,
    recorded_at        timestamptz   NOT NULL,
    superseded_at      timestamptz   NOT NULL,
    superseded_by      text          NOT NULL, -- the frequency code that ended it: 7 or 8
    job_id             uuid,
    PRIMARY KEY (claim_id, version)
);
