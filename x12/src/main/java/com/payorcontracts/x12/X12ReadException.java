package com.payorcontracts.x12;

/**
 * X12 input that cannot be read: malformed, truncated or structurally out of order.
 *
 * <p>Unchecked because malformed content is the caller's data problem, not a recoverable I/O
 * condition; I/O failures stay {@link java.io.IOException}s. The message always names where the
 * problem is, e.g. {@code segment 27 (SVC): SVC02 'l00.00' is not a number}.
 */
public final class X12ReadException extends RuntimeException {

    private final int segmentPosition;
    private final String segmentId;

    /**
     * @param segmentPosition 1-based ordinal of the segment in the input, 0 when no segment is involved
     * @param segmentId the segment's id, or null when it is unknown
     */
    public X12ReadException(int segmentPosition, String segmentId, String problem) {
        super(where(segmentPosition, segmentId) + problem);
        this.segmentPosition = segmentPosition;
        this.segmentId = segmentId;
    }

    /** 1-based ordinal of the offending segment in the input (ISA, or the first segment, is 1); 0 for the whole input. */
    public int segmentPosition() {
        return segmentPosition;
    }

    /** Id of the offending segment, e.g. {@code SVC}; null when the input had none. */
    public String segmentId() {
        return segmentId;
    }

    private static String where(int position, String id) {
        if (position <= 0) {
            return "";
        }
        return id == null ? "segment " + position + ": " : "segment " + position + " (" + id + "): ";
    }
}
