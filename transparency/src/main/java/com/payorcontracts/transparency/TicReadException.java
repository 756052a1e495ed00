package com.payorcontracts.transparency;

/**
 * A TiC file that cannot be read: truncated, not JSON, not the v2 schema, or a value of the wrong
 * kind. Names where: the byte offset in the (uncompressed) JSON and the JSON Pointer path.
 */
public class TicReadException extends RuntimeException {

    private final long byteOffset;
    private final String jsonPath;
    private final String reason;

    public TicReadException(long byteOffset, String jsonPath, String reason) {
        super("byte " + byteOffset + ", " + (jsonPath.isEmpty() ? "/" : jsonPath) + ": " + reason);
        this.byteOffset = byteOffset;
        this.jsonPath = jsonPath;
        this.reason = reason;
    }

    /** Offset of the failure in the uncompressed JSON, counted from 0; -1 when unknown. */
    public long byteOffset() {
        return byteOffset;
    }

    /** JSON Pointer (RFC 6901) to the value being read, e.g. {@code /in_network/3/negotiated_rates/0}. */
    public String jsonPath() {
        return jsonPath;
    }

    /** What is wrong, in words. */
    public String reason() {
        return reason;
    }
}
