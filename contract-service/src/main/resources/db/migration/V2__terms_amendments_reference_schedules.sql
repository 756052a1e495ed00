-- Contract terms beyond the fee schedule, dated versions of the rate terms (base + amendments),
-- richer fee-schedule lines, the status history, and reference fee schedules.

ALTER TABLE contract
    ADD COLUMN provider_name              text,
    ADD COLUMN provider_tin               text CHECK (provider_tin ~ '^[0-9]{9}$'),
    ADD COLUMN provider_group_npi         text CHECK (provider_group_npi ~ '^[0-9]{10}$'),
    ADD COLUMN provider_facility_npi      text CHECK (provider_facility_npi ~ '^[0-9]{10}$'),
    ADD COLUMN billing_class              text CHECK (billing_class IN ('PROFESSIONAL', 'FACILITY')),
    ADD COLUMN lines_of_business          text[] NOT NULL DEFAULT '{}',
    ADD COLUMN auto_renew                 boolean NOT NULL DEFAULT false,
    ADD COLUMN renewal_notice_days        integer CHECK (renewal_notice_days >= 0),
    ADD COLUMN termination_notice_days    integer CHECK (termination_notice_days >= 0),
    ADD COLUMN clean_claim_payment_days   integer CHECK (clean_claim_payment_days >= 0),
    ADD COLUMN late_interest_rate_percent numeric(7, 4) CHECK (late_interest_rate_percent BETWEEN 0 AND 100),
    ADD COLUMN timely_filing_days         integer CHECK (timely_filing_days >= 0),
    ADD COLUMN appeal_window_days         integer CHECK (appeal_window_days >= 0);

CREATE TABLE reference_schedule (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL,
    year        integer     NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    locality    text        NOT NULL,
    version     bigint      NOT NULL,
    row_count   integer     NOT NULL,
    imported_at timestamptz NOT NULL,
    UNIQUE (name, year, locality)
);

CREATE TABLE reference_schedule_row (
    schedule_id         uuid          NOT NULL REFERENCES reference_schedule (id) ON DELETE CASCADE,
    code                text          NOT NULL,
    modifier            text          NOT NULL DEFAULT '',
    facility_amount     numeric(12, 2) CHECK (facility_amount >= 0),
    non_facility_amount numeric(12, 2) CHECK (non_facility_amount >= 0),
    PRIMARY KEY (schedule_id, code, modifier)
);

-- One row per dated version of a contract's rate terms: the base terms, then one per amendment.
-- The terms in force on a date are those of the latest version effective on or before it.
CREATE TABLE rate_terms (
    id                    uuid PRIMARY KEY,
    contract_id           uuid        NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    kind                  text        NOT NULL CHECK (kind IN ('BASE', 'AMENDMENT')),
    name                  text        NOT NULL,
    description           text,
    effective_from        date        NOT NULL,
    reference_schedule_id uuid REFERENCES reference_schedule (id),
    -- defaultRule, multipleProcedureReduction, modifierRules, stopLoss, lesserOf, escalator
    rules                 jsonb       NOT NULL,
    created_at            timestamptz NOT NULL,
    UNIQUE (contract_id, effective_from)
);
CREATE UNIQUE INDEX rate_terms_one_base ON rate_terms (contract_id) WHERE kind = 'BASE';

INSERT INTO rate_terms (id, contract_id, kind, name, effective_from, rules, created_at)
SELECT gen_random_uuid(), c.id, 'BASE', 'Base terms', c.effective_date,
       '{"defaultRule": {"method": "NOT_COVERED"}, "lesserOf": false}'::jsonb, c.created_at
FROM contract c;

-- Fee-schedule lines now belong to a version of the rate terms and carry a pricing method.
ALTER TABLE fee_schedule_line
    ADD COLUMN rate_terms_id    uuid REFERENCES rate_terms (id) ON DELETE CASCADE,
    ADD COLUMN billing_class    text CHECK (billing_class IN ('PROFESSIONAL', 'FACILITY')),
    ADD COLUMN place_of_service text CHECK (place_of_service ~ '^[0-9]{2}$'),
    ADD COLUMN method           text NOT NULL DEFAULT 'FIXED'
        CHECK (method IN ('FIXED', 'PERCENT_OF_MEDICARE', 'PERCENT_OF_CHARGES', 'PER_DIEM', 'CASE_RATE',
                          'CARVE_OUT_COST_PLUS', 'NOT_COVERED')),
    ADD COLUMN percent          numeric(9, 4) CHECK (percent BETWEEN 0 AND 1000),
    ADD COLUMN bundled_codes    text[] NOT NULL DEFAULT '{}',
    ADD COLUMN mpr_eligible     boolean NOT NULL DEFAULT false;
UPDATE fee_schedule_line l SET rate_terms_id = t.id FROM rate_terms t WHERE t.contract_id = l.contract_id;
ALTER TABLE fee_schedule_line ALTER COLUMN rate_terms_id SET NOT NULL;
ALTER TABLE fee_schedule_line ALTER COLUMN amount DROP NOT NULL;
ALTER TABLE fee_schedule_line DROP CONSTRAINT fee_schedule_line_pkey;
DROP INDEX fee_schedule_line_key;
ALTER TABLE fee_schedule_line DROP COLUMN contract_id;
ALTER TABLE fee_schedule_line ADD PRIMARY KEY (rate_terms_id, line_no);
CREATE UNIQUE INDEX fee_schedule_line_key
    ON fee_schedule_line (rate_terms_id, code, coalesce(modifier, ''), coalesce(place_of_service, ''), coalesce(billing_class, ''));

CREATE TABLE contract_status_change (
    id          bigserial PRIMARY KEY,
    contract_id uuid        NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    from_status text,
    to_status   text        NOT NULL,
    reason      text,
    changed_at  timestamptz NOT NULL
);
CREATE INDEX contract_status_change_contract_idx ON contract_status_change (contract_id, id);
