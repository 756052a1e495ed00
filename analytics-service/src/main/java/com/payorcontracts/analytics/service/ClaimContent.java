package com.payorcontracts.analytics.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What makes two claims under the same key (payor + claim id) the same claim: every billed field as
 * stored, with codes and modifiers upper-cased, units defaulted to 1 and amounts at two decimals. The
 * contract counts only when the client named it (a matched one is analytics' own conclusion). Equal
 * content is a duplicate, other content a conflict.
 */
record ClaimContent(String providerTin, String providerNpi, UUID givenContractId, String patientKey,
                    LocalDate submissionDate, String billingClass, List<Line> lines) {

    /** One line as stored. */
    record Line(String code, String modifiers, int units, String placeOfService, LocalDate dateOfService,
                BigDecimal billed, BigDecimal invoiceCost) {

        Line {
            billed = twoDecimals(billed);
            invoiceCost = twoDecimals(invoiceCost);
        }
    }

    /** A validated claim as it arrived, its patient already pseudonymized. */
    static ClaimContent of(ClaimInput claim, String patientKey) {
        List<Line> lines = new ArrayList<>(claim.lines().size());
        for (ClaimInput.Line line : claim.lines()) {
            lines.add(new Line(line.code().toUpperCase(Locale.ROOT), ClaimIngest.modifiers(line.modifiers()),
                    line.units() == null ? 1 : line.units(), line.placeOfService(), line.dateOfService(),
                    line.billedCharge(), line.invoiceCost()));
        }
        return new ClaimContent(claim.providerTin(), claim.providerNpi(), claim.contractId(), patientKey,
                claim.submissionDate(), claim.billingClass(), lines);
    }

    /**
     * The content's fingerprint, kept with each version a replacement or void ends, so a resend of any
     * earlier version is recognised without reading it back: SHA-256 of the fields in their stored form.
     */
    String fingerprint() {
        StringBuilder text = new StringBuilder(256);
        text.append(providerTin).append('|').append(providerNpi).append('|').append(givenContractId).append('|')
                .append(patientKey).append('|').append(submissionDate).append('|').append(billingClass);
        for (Line line : lines) {
            text.append('\n').append(line.code()).append('|').append(line.modifiers()).append('|').append(line.units())
                    .append('|').append(line.placeOfService()).append('|').append(line.dateOfService()).append('|')
                    .append(line.billed()).append('|').append(line.invoiceCost());
        }
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigDecimal twoDecimals(BigDecimal amount) {
        // Validated amounts have at most two decimals, so this never rounds: 2400, 2400.0 and 2400.00 are one amount.
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
