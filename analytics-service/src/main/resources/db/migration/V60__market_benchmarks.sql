-- Market benchmarks from payors' Transparency-in-Coverage in-network-rates files.
-- One row per import of one payor's file. Readers only ever see PUBLISHED imports: an import is
-- LOADING while its job runs and becomes PUBLISHED (and the payor's previous one SUPERSEDED) in the
-- transaction that ends the job, so a failed job leaves nothing visible.
CREATE TABLE tic_import (
    id                  uuid PRIMARY KEY,
    job_id              uuid        NOT NULL,
    payor               text        NOT NULL, -- the payor the benchmark set belongs to, as the importer names it
    state               text        NOT NULL, -- LOADING, PUBLISHED, SUPERSEDED
    version             int,                  -- 1, 2, ... per payor, given when published
    source              text        NOT NULL, -- UPLOAD or the URL fetched
    reference_schedule_id uuid,               -- the Medicare schedule rates were checked against (0.5x-30x)
    reporting_entity    text,
    plan_name           text,
    plan_id             text,
    last_updated_on     text,
    file_version        text,
    summary             jsonb,
    created_at          timestamptz NOT NULL,
    published_at        timestamptz
);
CREATE UNIQUE INDEX tic_import_one_published ON tic_import (payor) WHERE state = 'PUBLISHED';
CREATE INDEX tic_import_job ON tic_import (job_id);

-- The market rates of an import: dollars per service, one row per TIN x code x class x site x
-- modifier as the file states them (several per TIN before benchmarks keep one). Amounts exactly as
-- published. Bulk written with COPY; a superseded import's rates are deleted when it is replaced.
CREATE TABLE tic_rate (
    import_id     uuid    NOT NULL,
    code          text    NOT NULL,
    billing_class text    NOT NULL, -- PROFESSIONAL or FACILITY (pricing's BillingClass)
    site          text    NOT NULL, -- FACILITY or NON_FACILITY
    modifier      text    NOT NULL, -- '' for none; several joined with '+'
    tin           text    NOT NULL, -- without hyphen
    amount        numeric NOT NULL
);
CREATE INDEX tic_rate_key ON tic_rate (import_id, code, billing_class, site, modifier);
CREATE INDEX tic_rate_code ON tic_rate (code);

-- One payor's benchmark per key, computed when its import completes (transparency BenchmarkCalculator).
CREATE TABLE tic_benchmark (
    import_id     uuid          NOT NULL,
    code          text          NOT NULL,
    billing_class text          NOT NULL,
    site          text          NOT NULL,
    modifier      text          NOT NULL,
    p10           numeric(14,2),
    p25           numeric(14,2),
    p50           numeric(14,2),
    p75           numeric(14,2),
    p90           numeric(14,2),
    mean          numeric(14,2),
    rates         int           NOT NULL,
    providers     int           NOT NULL,
    implausible   int           NOT NULL,
    medicare      numeric(14,2),
    PRIMARY KEY (import_id, code, billing_class, site, modifier)
);
