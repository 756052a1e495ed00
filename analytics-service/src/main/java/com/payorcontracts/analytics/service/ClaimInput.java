package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.domain.ClaimFrequency;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A claim as a billing system sends it (JSON or one CSV row per line). {@code patientId} is turned
 * into a keyed hash at once and never stored.
 */
@Schema(example = """
        {"claimId": "PCN-2026-000187", "payorId": "3f1c2a9e-8d7b-4c1a-9f00-2b5e6d7c8a90", "providerTin": "123456789",
         "patientId": "MRN-77", "submissionDate": "2026-03-02",
         "lines": [{"code": "64483", "modifiers": ["50"], "units": 1, "placeOfService": "22",
                    "dateOfService": "2026-03-01", "billedCharge": 2400.00}]}""")
public record ClaimInput(
        @Schema(description = "the billing system's claim id (patient control number); unique per payor", example = "PCN-2026-000187")
        String claimId,
        @Schema(description = "our payor id; or send ediPayerId instead") UUID payorId,
        @Schema(description = "the billing provider's tax id, 9 digits", example = "123456789") String providerTin,
        @Schema(description = "the billing provider's NPI, 10 digits", example = "1234567893") String providerNpi,
        @Schema(description = "the contract the claim was billed under; omitted, analytics matches one") UUID contractId,
        @Schema(description = "any stable patient identifier; stored only as an HMAC-SHA256 key") String patientId,
        LocalDate submissionDate,
        @Schema(description = "PROFESSIONAL or FACILITY; omitted, the contract's") String billingClass,
        List<Line> lines,
        @Schema(description = "the payer's EDI payer id as the billing system knows it, instead of payorId", example = "CMH01")
        String ediPayerId,
        @Schema(description = "claim frequency code (837 CLM05-3): 1 original (default), 7 replaces the claim sent before under"
                + " this claimId (kept in its history), 8 voids it", enumeration = {"1", "7", "8"}, example = "1")
        String frequencyCode) {

    /** The same claim naming its payor by our id (an EDI payer id resolved). */
    public ClaimInput withPayorId(UUID payor) {
        return new ClaimInput(claimId, payor, providerTin, providerNpi, contractId, patientId, submissionDate, billingClass,
                lines, null, frequencyCode);
    }

    /** The frequency code as sent, an original when none was (validated first: {@link ClaimValidator}). */
    public ClaimFrequency frequency() {
        return ClaimFrequency.of(frequencyCode).orElseThrow(() -> new IllegalStateException("unvalidated " + frequencyCode));
    }

    /** One service line. */
    @Schema(name = "ClaimInputLine")
    public record Line(
            @Schema(example = "64483") String code,
            @Schema(description = "up to four, billed order", example = "[\"50\"]") List<String> modifiers,
            @Schema(description = "default 1") Integer units,
            @Schema(description = "two digits", example = "22") String placeOfService,
            LocalDate dateOfService,
            @Schema(description = "the line's total charge, USD, at most 2 decimals", example = "2400.00") BigDecimal billedCharge,
            @Schema(description = "implant invoice cost, USD, for carve-outs") BigDecimal invoiceCost) {
    }
}
