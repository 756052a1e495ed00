package com.payorcontracts.analytics.service;

import com.payorcontracts.platform.rest.ProblemDetail.FieldError;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one set of checks for a claim, whether it came as JSON or as CSV rows, so both name the same
 * fields ({@code lines[0].code}). Hand-written rather than Bean Validation because CSV history is
 * checked by the million.
 */
final class ClaimValidator {

    static final int MAX_LINES = 99;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");
    private static final Set<String> BILLING_CLASSES = Set.of("PROFESSIONAL", "FACILITY");

    private ClaimValidator() {
    }

    /** Adds an error per bad field, each prefixed by {@code path} (e.g. {@code claims[3].}). */
    static void validate(ClaimInput claim, String path, List<FieldError> errors) {
        if (claim == null) {
            errors.add(new FieldError(path.isEmpty() ? "body" : path.substring(0, path.length() - 1), "is required"));
            return;
        }
        if (claim.claimId() == null || claim.claimId().isBlank()) {
            errors.add(new FieldError(path + "claimId", "is required"));
        } else if (claim.claimId().length() > 50) {
            errors.add(new FieldError(path + "claimId", "must be at most 50 characters"));
        }
        if (claim.payorId() == null && (claim.ediPayerId() == null || claim.ediPayerId().isBlank())) {
            errors.add(new FieldError(path + "payorId", "is required (or ediPayerId)"));
        } else if (claim.payorId() != null && claim.ediPayerId() != null) {
            errors.add(new FieldError(path + "ediPayerId", "must not be sent with payorId; send one of them"));
        } else if (claim.ediPayerId() != null && !claim.ediPayerId().strip().matches("[A-Za-z0-9]{2,15}")) {
            errors.add(new FieldError(path + "ediPayerId", "must be 2 to 15 letters or digits"));
        }
        if (claim.providerTin() != null && !digits(claim.providerTin(), 9)) {
            errors.add(new FieldError(path + "providerTin", "must be 9 digits"));
        }
        if (claim.providerNpi() != null && !digits(claim.providerNpi(), 10)) {
            errors.add(new FieldError(path + "providerNpi", "must be 10 digits"));
        }
        if (claim.patientId() != null && claim.patientId().length() > 100) {
            errors.add(new FieldError(path + "patientId", "must be at most 100 characters"));
        }
        if (claim.billingClass() != null && !BILLING_CLASSES.contains(claim.billingClass())) {
            errors.add(new FieldError(path + "billingClass", "must be PROFESSIONAL or FACILITY"));
        }
        if (com.payorcontracts.analytics.domain.ClaimFrequency.of(claim.frequencyCode()).isEmpty()) {
            errors.add(new FieldError(path + "frequencyCode", "must be 1 (original), 7 (replacement) or 8 (void)"));
        }
        List<ClaimInput.Line> lines = claim.lines();
        if (lines == null || lines.isEmpty()) {
            errors.add(new FieldError(path + "lines", "must have at least one line"));
            return;
        }
        if (lines.size() > MAX_LINES) {
            errors.add(new FieldError(path + "lines", "must have at most " + MAX_LINES + " lines"));
        }
        for (int i = 0; i < lines.size(); i++) {
            line(lines.get(i), path + "lines[" + i + "].", errors);
        }
    }

    private static void line(ClaimInput.Line line, String path, List<FieldError> errors) {
        if (line == null) {
            errors.add(new FieldError(path.substring(0, path.length() - 1), "is required"));
            return;
        }
        if (line.code() == null) {
            errors.add(new FieldError(path + "code", "is required"));
        } else if (!isProcedureCode(line.code().toUpperCase(Locale.ROOT))) {
            errors.add(new FieldError(path + "code", "'" + line.code()
                    + "' is not a CPT/HCPCS code (five digits, four digits + F, T or U, or a letter + four digits)"));
        }
        if (line.modifiers() != null) {
            if (line.modifiers().size() > 4) {
                errors.add(new FieldError(path + "modifiers", "must have at most 4 modifiers"));
            }
            Set<String> seen = new HashSet<>();
            for (int m = 0; m < line.modifiers().size(); m++) {
                String modifier = line.modifiers().get(m);
                if (modifier == null || modifier.length() != 2 || !alphanumeric(modifier.toUpperCase(Locale.ROOT))) {
                    errors.add(new FieldError(path + "modifiers[" + m + "]", "must be two letters or digits"));
                } else if (!seen.add(modifier.toUpperCase(Locale.ROOT))) {
                    errors.add(new FieldError(path + "modifiers[" + m + "]", "repeats modifier " + modifier));
                }
            }
        }
        if (line.units() != null && (line.units() < 1 || line.units() > 9999)) {
            errors.add(new FieldError(path + "units", "must be between 1 and 9999"));
        }
        if (line.placeOfService() != null && !digits(line.placeOfService(), 2)) {
            errors.add(new FieldError(path + "placeOfService", "must be two digits"));
        }
        if (line.dateOfService() == null) {
            errors.add(new FieldError(path + "dateOfService", "is required"));
        }
        amount(line.billedCharge(), path + "billedCharge", true, errors);
        amount(line.invoiceCost(), path + "invoiceCost", false, errors);
    }

    static void amount(BigDecimal value, String field, boolean required, List<FieldError> errors) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
        } else if (value.signum() < 0) {
            errors.add(new FieldError(field, "must not be negative"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, "must have at most 2 decimals"));
        } else if (value.compareTo(MAX_AMOUNT) > 0) {
            errors.add(new FieldError(field, "is too large"));
        }
    }

    /** The pricing engine's code rule: 99213, 0042T, 3074F, 0001U, G0008. */
    static boolean isProcedureCode(String code) {
        if (code.length() != 5) {
            return false;
        }
        for (int i = 1; i < 4; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return false;
            }
        }
        char first = code.charAt(0);
        char last = code.charAt(4);
        if (first >= '0' && first <= '9') {
            return (last >= '0' && last <= '9') || last == 'F' || last == 'T' || last == 'U';
        }
        return first >= 'A' && first <= 'Z' && last >= '0' && last <= '9';
    }

    private static boolean digits(String value, int length) {
        if (value.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean alphanumeric(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }
}
