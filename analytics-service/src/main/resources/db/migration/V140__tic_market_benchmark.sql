-- The market across every payor's published set, per code x class x site x modifier (one rate per payor
-- and TIN, no Medicare check), computed when an import is published for the codes it (and the set it
-- replaces) holds, in the same transaction. Serving 1,000 codes over 10,000,000 stored rates then reads
-- a few thousand rows instead of sorting the rates on every request (docs/benchmarks.md).
CREATE TABLE tic_market_benchmark (
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
    PRIMARY KEY (code, billing_class, site, modifier)
);

-- The recomputation reads the published rates of some codes in key order.
DROP INDEX tic_rate_code;
CREATE INDEX tic_rate_code ON tic_rate (code, billing_class, site, modifier);

-- Sets published before this migration have no rows here: their codes are computed from the rates
-- when asked (BenchmarkService.market) until their payor's next import is published.
