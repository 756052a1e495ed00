-- Payors: the insurers a provider contracts with.
CREATE TABLE payor (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    type        text        NOT NULL CHECK (type IN ('COMMERCIAL', 'MEDICARE', 'MEDICARE_ADVANTAGE', 'MEDICAID',
                                                     'MEDICAID_MANAGED_CARE', 'TRICARE', 'WORKERS_COMP', 'AUTO_PIP', 'OTHER')),
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    row_version bigint      NOT NULL DEFAULT 0
);

-- Case-insensitive name order is the default listing.
CREATE INDEX payor_name_idx ON payor (lower(name), id);
