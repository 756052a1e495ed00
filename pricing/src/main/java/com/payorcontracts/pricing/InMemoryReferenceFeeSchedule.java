package com.payorcontracts.pricing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link ReferenceFeeSchedule} held in memory, e.g. one year and locality of the Medicare
 * physician fee schedule loaded from its file. Immutable once built.
 *
 * <p>A modifier without its own row gets the code's base row, because most modifiers (LT, RT,
 * 59, XS) do not change the Medicare fee; load the ones that do (26, TC, 53) as rows of their own.
 */
public final class InMemoryReferenceFeeSchedule implements ReferenceFeeSchedule {

    private final Map<String, CodeFees> byCode;

    private InMemoryReferenceFeeSchedule(Map<String, CodeFees> byCode) {
        this.byCode = byCode;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<BigDecimal> amount(String code, String modifier, boolean facility) {
        CodeFees fees = byCode.get(code);
        if (fees == null) {
            return Optional.empty();
        }
        Fees row = fees.row(modifier);
        if (row == null) {
            return Optional.empty();
        }
        // A code priced only in one setting (many surgeries have no office fee) has none in the other.
        return Optional.ofNullable(facility ? row.facility() : row.nonFacility());
    }

    /** Collects rows; {@link #put} replaces an earlier row for the same code and modifier. */
    public static final class Builder {

        private final Map<String, Map<String, Fees>> rows = new HashMap<>();

        private Builder() {
        }

        /**
         * @param modifier null for the code's base row
         * @param facility the fee when performed in a facility setting; null when not priced there
         * @param nonFacility the fee in an office or other non-facility setting; null when not priced there
         */
        public Builder put(String code, String modifier, BigDecimal facility, BigDecimal nonFacility) {
            String normalizedCode = Require.procedureCode(code, "InMemoryReferenceFeeSchedule.code");
            String normalizedModifier = modifier == null
                    ? null
                    : Require.modifier(modifier, "InMemoryReferenceFeeSchedule.modifier");
            if (facility == null && nonFacility == null) {
                throw new IllegalArgumentException("InMemoryReferenceFeeSchedule needs a facility or a non-facility fee for " + code);
            }
            Fees fees = new Fees(facility == null ? null : Require.amount(facility, "InMemoryReferenceFeeSchedule.facility"),
                    nonFacility == null ? null : Require.amount(nonFacility, "InMemoryReferenceFeeSchedule.nonFacility"));
            rows.computeIfAbsent(normalizedCode, c -> new HashMap<>()).put(normalizedModifier, fees);
            return this;
        }

        public InMemoryReferenceFeeSchedule build() {
            Map<String, CodeFees> byCode = new HashMap<>();
            rows.forEach((code, byModifier) -> {
                Map<String, Fees> modified = new HashMap<>(byModifier);
                Fees base = modified.remove(null);
                byCode.put(code, new CodeFees(base, modified.isEmpty() ? Map.of() : Map.copyOf(modified)));
            });
            return new InMemoryReferenceFeeSchedule(byCode);
        }
    }

    private record Fees(BigDecimal facility, BigDecimal nonFacility) {
    }

    private record CodeFees(Fees base, Map<String, Fees> byModifier) {

        Fees row(String modifier) {
            if (modifier == null) {
                return base;
            }
            Fees own = byModifier.get(modifier);
            return own != null ? own : base;
        }
    }
}
