-- The provider organization's service catalog: each code it performs, with its own label (never an
-- AMA descriptor), a category, expected annual volume and whether it is implant-heavy.
CREATE TABLE catalog_code (
    code                   text PRIMARY KEY CHECK (code ~ '^([0-9]{5}|[0-9]{4}[FTU]|[A-Z][0-9]{4})$'),
    label                  text    NOT NULL CHECK (length(label) BETWEEN 1 AND 120),
    category               text    NOT NULL,
    expected_annual_volume integer NOT NULL DEFAULT 0 CHECK (expected_annual_volume >= 0),
    implant_heavy          boolean NOT NULL DEFAULT false,
    imported_at            timestamptz NOT NULL
);
CREATE INDEX catalog_code_category_idx ON catalog_code (category, code);

-- Service lines the organization plans to start: a named group of codes with a target start date.
CREATE TABLE planned_service_line (
    id                uuid PRIMARY KEY,
    name              text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    target_start_date date NOT NULL,
    codes             text[] NOT NULL,
    created_at        timestamptz NOT NULL
);
