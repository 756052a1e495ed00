package com.payorcontracts.platform.domain;

import com.fasterxml.jackson.annotation.JsonAlias;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The kind of health plan a payor's product is and a contract covers: one list for every service,
 * so a product's line of business can name a contract's. The union of what payor-service and
 * contract-service each had, with the ACA individual market named once, {@code MARKETPLACE};
 * contract-service's former {@code EXCHANGE} is still read as it (stored contracts were migrated).
 * Anything else is a 400 naming these values.
 */
@Schema(description = "The kind of health plan. `EXCHANGE`, the former name of `MARKETPLACE`, is still accepted in requests.")
public enum LineOfBusiness {
    HMO,
    PPO,
    EPO,
    POS,
    HDHP,
    INDEMNITY,
    /** The ACA individual and small-group market (healthcare.gov and the state exchanges). */
    @JsonAlias("EXCHANGE")
    MARKETPLACE,
    MEDICARE,
    MEDICARE_ADVANTAGE,
    MEDICARE_SUPPLEMENT,
    MEDICAID,
    MEDICAID_MCO,
    CHIP,
    /** Medicare and Medicaid together (D-SNP, MMP). */
    DUAL_ELIGIBLE,
    TRICARE,
    WORKERS_COMP,
    AUTO_PIP,
    OTHER
}
