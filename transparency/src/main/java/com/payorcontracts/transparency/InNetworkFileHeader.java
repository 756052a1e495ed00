package com.payorcontracts.transparency;

/**
 * The top-level facts of an in-network-rates file (v2: one plan per file; a file covering several
 * plans through a table of contents leaves the plan fields null).
 */
public record InNetworkFileHeader(
        String reportingEntityName,
        String reportingEntityType,
        String planName,
        String planIdType,
        String planId,
        String planMarketType,
        String issuerName,
        String planSponsorName,
        String lastUpdatedOn,
        String version) {
}
