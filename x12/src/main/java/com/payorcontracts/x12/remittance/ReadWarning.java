package com.payorcontracts.x12.remittance;

/**
 * Something the reader tolerated instead of rejecting, kept so that operators can tell the payer.
 *
 * @param position ordinal of the segment in the input
 */
public record ReadWarning(int position, String segmentId, String message) {

    @Override
    public String toString() {
        return "segment " + position + " (" + segmentId + "): " + message;
    }
}
