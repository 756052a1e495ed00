-- analytics' copy of each reference fee schedule (e.g. a Medicare schedule), from reference-schedule-changed.
CREATE TABLE reference_schedule_projection (
    schedule_id   uuid PRIMARY KEY,
    version       bigint      NOT NULL,
    name          text        NOT NULL,
    year          int         NOT NULL,
    locality      text,
    -- Every row as the event carried it: [{code, modifier, facilityAmount, nonFacilityAmount}].
    rows          jsonb       NOT NULL,
    row_count     int         NOT NULL,
    last_event_id uuid        NOT NULL,
    changed_at    timestamptz NOT NULL,
    projected_at  timestamptz NOT NULL
);

-- What was billed. Natural key: the payor and the client's claim id. No patient name, birth date,
-- address or member id is ever stored: patient_key is a keyed hash (HMAC-SHA256) only.
CREATE TABLE claim (
    id                 uuid PRIMARY KEY,
    payor_id           uuid          NOT NULL,
    claim_ref          text          NOT NULL,
    provider_tin       text,
    provider_npi       text,
    contract_id        uuid,
    contract_match     text          NOT NULL, -- GIVEN, MATCHED or UNMATCHED
    patient_key        text,
    billing_class      text,
    submission_date    date,
    first_service_date date          NOT NULL,
    total_billed       numeric(14,2) NOT NULL,
    line_count         int           NOT NULL,
    content_hash       text          NOT NULL,
    job_id             uuid,
    created_at         timestamptz   NOT NULL,
    CONSTRAINT claim_natural_key UNIQUE (payor_id, claim_ref)
);
CREATE INDEX claim_ref_idx ON claim (claim_ref);
CREATE INDEX claim_contract_idx ON claim (contract_id);
CREATE INDEX claim_unmatched_idx ON claim (payor_id) WHERE contract_id IS NULL;

-- Lines are written by COPY in bulk; the claim row is written in the same transaction.
CREATE TABLE claim_line (
    claim_id         uuid          NOT NULL,
    line_no          int           NOT NULL,
    code             text          NOT NULL,
    modifiers        text,          -- comma-separated, billed order
    units            int           NOT NULL,
    place_of_service text,
    service_date     date          NOT NULL,
    billed           numeric(12,2) NOT NULL,
    invoice_cost     numeric(12,2),
    PRIMARY KEY (claim_id, line_no)
);

-- What was paid: one row per upload (an 835 file or a JSON remittance), identified by the hash of its bytes.
CREATE TABLE remittance (
    id                     uuid PRIMARY KEY,
    content_hash           text          NOT NULL UNIQUE,
    source                 text          NOT NULL, -- X12_835 or JSON
    payor_id               uuid,
    payer_name             text,
    transaction_count      int           NOT NULL,
    duplicate_transactions int           NOT NULL,
    claim_count            int           NOT NULL,
    total_paid             numeric(14,2) NOT NULL,
    payment_date           date,
    warnings               jsonb         NOT NULL,
    job_id                 uuid,
    received_at            timestamptz   NOT NULL
);

-- One payment (an 835 ST..SE transaction). trace_key (payer + TRN02 trace number) makes a payment
-- that arrives again in another file count once.
CREATE TABLE remit_payment (
    id            uuid PRIMARY KEY,
    remittance_id uuid          NOT NULL REFERENCES remittance (id),
    trace_key     text          NOT NULL UNIQUE,
    trace_number  text,
    payer_name    text,
    payer_id      text,
    payee_npi     text,
    payee_tin     text,
    payment_date  date,
    total_paid    numeric(14,2) NOT NULL,
    method        text,
    claim_count   int           NOT NULL
);
CREATE INDEX remit_payment_remittance_idx ON remit_payment (remittance_id);

CREATE TABLE remit_claim (
    id                 uuid PRIMARY KEY,
    payment_id         uuid          NOT NULL,
    remittance_id      uuid          NOT NULL,
    seq                int           NOT NULL,
    claim_ref          text          NOT NULL, -- CLP01
    payer_claim_number text,                   -- CLP07
    status             text          NOT NULL, -- CLP02; 22 = reversal
    charge             numeric(12,2) NOT NULL,
    paid               numeric(12,2) NOT NULL,
    patient_resp       numeric(12,2) NOT NULL,
    received_date      date,
    payment_date       date,
    payor_id           uuid,
    claim_id           uuid,                    -- the billed claim, once matched
    patient_key        text,
    denied             boolean       NOT NULL
);
CREATE INDEX remit_claim_claim_idx ON remit_claim (claim_id);
CREATE INDEX remit_claim_unmatched_idx ON remit_claim (claim_ref) WHERE claim_id IS NULL;
CREATE INDEX remit_claim_remittance_idx ON remit_claim (remittance_id);

CREATE TABLE remit_line (
    remit_claim_id uuid          NOT NULL,
    line_no        int           NOT NULL,
    code           text,
    modifiers      text,
    original_code  text,          -- SVC06: the billed code when the payer adjudicated another
    units          numeric(9,2),
    service_date   date,
    charge         numeric(12,2) NOT NULL,
    paid           numeric(12,2) NOT NULL,
    allowed        numeric(12,2),
    patient_resp   numeric(12,2) NOT NULL,
    remarks        text,
    PRIMARY KEY (remit_claim_id, line_no)
);

-- Every CAS triplet; line_no 0 = claim level. denial: an adjustment of a line (or claim) paid nothing.
CREATE TABLE remit_adjustment (
    remit_claim_id uuid          NOT NULL,
    line_no        int           NOT NULL,
    group_code     text          NOT NULL,
    reason_code    text          NOT NULL,
    amount         numeric(12,2) NOT NULL,
    quantity       numeric(9,2),
    code           text,
    denial         boolean       NOT NULL
);
CREATE INDEX remit_adjustment_claim_idx ON remit_adjustment (remit_claim_id);
CREATE INDEX remit_adjustment_denial_idx ON remit_adjustment (remit_claim_id) WHERE denial;

-- PLB: money moved at provider level, outside any claim (interest, recoupments).
CREATE TABLE provider_adjustment (
    payment_id        uuid          NOT NULL,
    provider_id       text,
    fiscal_period_end date,
    reason_code       text          NOT NULL,
    reference_id      text,
    amount            numeric(12,2) NOT NULL
);

-- Expected versus paid, per claim line: rebuilt by the repricer, never edited by hand.
CREATE TABLE line_result (
    claim_id      uuid          NOT NULL,
    line_no       int           NOT NULL,
    payor_id      uuid          NOT NULL,
    contract_id   uuid,
    code          text          NOT NULL,
    service_date  date          NOT NULL,
    billed        numeric(12,2) NOT NULL,
    pricing       text          NOT NULL, -- PRICED, NO_CONTRACT, OUTSIDE_TERMS, TERMS_INVALID
    expected      numeric(12,2),
    rule          text,
    matched_key   text,
    remitted      boolean       NOT NULL,
    paid          numeric(12,2),
    allowed       numeric(12,2),
    patient_resp  numeric(12,2),
    variance      numeric(12,2),          -- paid + patient responsibility - expected
    denied        boolean       NOT NULL,
    PRIMARY KEY (claim_id, line_no)
);

CREATE TABLE claim_result (
    claim_id         uuid PRIMARY KEY,
    payor_id         uuid          NOT NULL,
    contract_id      uuid,
    service_date     date          NOT NULL,
    received_date    date,
    payment_date     date,
    days_to_pay      int,
    clean_claim_days int,
    late_days        int,
    interest_owed    numeric(12,2),
    expected         numeric(14,2),
    paid             numeric(14,2)
);

-- The underpayment worklist. Figures come from line_result; this keeps only the work on them.
CREATE TABLE underpayment (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id    uuid        NOT NULL,
    line_no     int         NOT NULL,
    status      text        NOT NULL,
    assignee    text,
    note        text,
    detected_at timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    CONSTRAINT underpayment_line UNIQUE (claim_id, line_no)
);
CREATE INDEX underpayment_status_idx ON underpayment (status);

-- Long-running work: a big upload, a repricing. State and progress survive a restart.
CREATE TABLE job (
    id          uuid PRIMARY KEY,
    kind        text        NOT NULL,
    state       text        NOT NULL, -- QUEUED, RUNNING, SUCCEEDED, FAILED
    params      jsonb       NOT NULL,
    rows_total  bigint,
    rows_done   bigint      NOT NULL,
    error_count int         NOT NULL,
    errors      jsonb       NOT NULL,
    result      jsonb,
    owner       text,
    heartbeat   timestamptz,
    created_at  timestamptz NOT NULL,
    started_at  timestamptz,
    finished_at timestamptz
);
CREATE INDEX job_pending_idx ON job (created_at) WHERE state IN ('QUEUED', 'RUNNING');

-- A job's uploaded input, in pieces, so that any replica can run or resume it.
CREATE TABLE job_input (
    job_id uuid  NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    seq    int   NOT NULL,
    data   bytea NOT NULL,
    PRIMARY KEY (job_id, seq)
);

-- Idempotency-Key: the first answer to a key is replayed for a retry of the same request.
CREATE TABLE idempotency_key (
    key          text        NOT NULL,
    path         text        NOT NULL,
    request_hash text        NOT NULL,
    status       int         NOT NULL,
    location     text,
    body         text        NOT NULL,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (key, path)
);
