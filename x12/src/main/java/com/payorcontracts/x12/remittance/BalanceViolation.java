package com.payorcontracts.x12.remittance;

/**
 * An 835 balancing rule that one line, claim or transaction breaks.
 *
 * @param position ordinal of the SVC, CLP or BPR segment that does not balance
 * @param message the arithmetic that fails, e.g. {@code line charge 100.00 − adjustments 20.00 ≠ paid 70.00 (off by 10.00)}
 */
public record BalanceViolation(Rule rule, int position, String segmentId, String message) {

    /** The TR3 balancing rules {@link BalanceCheck} applies. */
    public enum Rule {
        /** SVC02 − line CAS = SVC03. */
        SERVICE_LINE,
        /** CLP03 − all claim and line CAS = CLP04. */
        CLAIM,
        /** Σ SVC03 − claim-level CAS = CLP04, for claims reported with lines. */
        CLAIM_LINES,
        /** Σ CLP04 − Σ PLB = BPR02. */
        TRANSACTION
    }

    @Override
    public String toString() {
        return "segment " + position + " (" + segmentId + "): " + message;
    }
}
