package com.payorcontracts.transparency;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * Jackson's UTF-8 parser with a {@link #skipChildren()} that reads bytes instead of tokens.
 *
 * <p>Over 99% of a payor's file is the {@code negotiated_rates} of codes nobody asked for, and
 * Jackson skips them by building every token: each number parsed, each field name hashed and
 * looked up, a context object per array (over half of an import's CPU, docs/benchmarks.md). This
 * skip checks the same JSON grammar byte by byte (structure, strings and their escapes, numbers,
 * literals, nesting depth) and builds nothing. It does not check that a skipped string is valid
 * UTF-8, nor apply Jackson's limits on the length of a skipped number or string. A fault fails as
 * Jackson's own would: a {@code JsonParseException} at the byte offset, in the skipped value's path.
 */
final class SkimmingParser extends UTF8StreamJsonParser {

    // Where the scan is in the grammar.
    private static final int VALUE = 0;
    private static final int ARRAY_FIRST = 1;
    private static final int OBJECT_FIRST = 2;
    private static final int NAME = 3;
    private static final int COLON = 4;
    private static final int AFTER_VALUE = 5;
    private static final int STRING = 6;
    private static final int ESCAPE = 7;
    private static final int HEX = 8;
    private static final int MINUS = 9;
    private static final int ZERO = 10;
    private static final int INTEGER = 11;
    private static final int POINT = 12;
    private static final int FRACTION = 13;
    private static final int EXPONENT = 14;
    private static final int EXPONENT_SIGN = 15;
    private static final int EXPONENT_DIGITS = 16;
    private static final int LITERAL = 17;

    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    // The scan's state beyond the grammar state: containers open (bit i set: the container at
    // relative depth i + 1 is an object), where a string ends up, the literal or escape under way.
    private int depth;
    private long objects;
    private int afterString;
    private byte[] literal;
    private int literalAt;
    private int hexLeft;

    private SkimmingParser(IOContext context, int features, InputStream in, ObjectCodec codec,
                           ByteQuadsCanonicalizer symbols, byte[] buffer, int start, int end) {
        // Offsets count from the first byte of the stream, a byte order mark included.
        super(context, features, in, codec, symbols, buffer, start, end, start, true);
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken start = _currToken;
        if (start != JsonToken.START_OBJECT && start != JsonToken.START_ARRAY) {
            return this;
        }
        boolean startsObject = start == JsonToken.START_OBJECT;
        depth = 1;
        objects = startsObject ? 1 : 0;
        int state = startsObject ? OBJECT_FIRST : ARRAY_FIRST;
        byte[] buffer = _inputBuffer;
        int ptr = _inputPtr;
        while (true) {
            if (ptr >= _inputEnd) {
                _inputPtr = ptr;
                if (!_loadMore()) {
                    throw _constructError("Unexpected end-of-input: the file ends inside a skipped "
                            + (startsObject ? "object" : "array") + " (truncated?)");
                }
                buffer = _inputBuffer;
                ptr = _inputPtr;
            }
            int b = buffer[ptr++];
            if (state <= AFTER_VALUE && (b == ' ' || b == '\n' || b == '\r' || b == '\t')) {
                if (b == '\n') {
                    ++_currInputRow;
                    _currInputRowStart = ptr;
                }
                continue;
            }
            switch (state) {
                case STRING -> {
                    // The hot loop: most skipped bytes are inside strings.
                    while (true) {
                        if (b == '"') {
                            state = afterString;
                            break;
                        }
                        if (b == '\\') {
                            state = ESCAPE;
                            break;
                        }
                        if (b >= 0 && b < 0x20) {
                            fail(ptr, "Illegal unquoted character (code " + b + "): control characters must be escaped in a string");
                        }
                        if (ptr >= _inputEnd) {
                            break;
                        }
                        b = buffer[ptr++];
                    }
                }
                case INTEGER, FRACTION, EXPONENT_DIGITS -> {
                    while (b >= '0' && b <= '9' && ptr < _inputEnd) {
                        b = buffer[ptr++];
                    }
                    if (b >= '0' && b <= '9') {
                        continue; // the buffer ended inside the digits
                    }
                    if (state != EXPONENT_DIGITS && (b == 'e' || b == 'E')) {
                        state = EXPONENT;
                    } else if (state == INTEGER && b == '.') {
                        state = POINT;
                    } else {
                        ptr--; // the number ended: this byte is what follows it
                        state = AFTER_VALUE;
                    }
                }
                case VALUE -> state = valueStart(b, ptr);
                case ARRAY_FIRST -> {
                    if (b == ']') {
                        if (close(b, ptr)) {
                            return ended(ptr);
                        }
                        state = AFTER_VALUE;
                    } else {
                        state = valueStart(b, ptr);
                    }
                }
                case OBJECT_FIRST, NAME -> {
                    if (b == '"') {
                        afterString = COLON;
                        state = STRING;
                    } else if (b == '}' && state == OBJECT_FIRST) {
                        if (close(b, ptr)) {
                            return ended(ptr);
                        }
                        state = AFTER_VALUE;
                    } else {
                        fail(ptr, unexpected(b, "a field name in double quotes"));
                    }
                }
                case COLON -> {
                    if (b != ':') {
                        fail(ptr, unexpected(b, "a colon after a field name"));
                    }
                    state = VALUE;
                }
                case AFTER_VALUE -> {
                    if (b == ',') {
                        state = (objects & (1L << (depth - 1))) != 0 ? NAME : VALUE;
                    } else if (b == ']' || b == '}') {
                        if (close(b, ptr)) {
                            return ended(ptr);
                        }
                    } else {
                        fail(ptr, unexpected(b, "a comma or the end of the array or object"));
                    }
                }
                case ESCAPE -> {
                    if (b == 'u') {
                        hexLeft = 4;
                        state = HEX;
                    } else if (b == '"' || b == '\\' || b == '/' || b == 'b' || b == 'f' || b == 'n' || b == 'r' || b == 't') {
                        state = STRING;
                    } else {
                        fail(ptr, "Unrecognized character escape " + quoted(b));
                    }
                }
                case HEX -> {
                    if (!(b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F')) {
                        fail(ptr, "Unexpected character " + quoted(b) + " in a \\u escape: expected a hex digit");
                    }
                    if (--hexLeft == 0) {
                        state = STRING;
                    }
                }
                case MINUS -> {
                    if (b == '0') {
                        state = ZERO;
                    } else if (b >= '1' && b <= '9') {
                        state = INTEGER;
                    } else {
                        fail(ptr, unexpected(b, "a digit after a minus sign"));
                    }
                }
                case ZERO -> {
                    if (b >= '0' && b <= '9') {
                        fail(ptr, "Invalid numeric value: leading zeroes not allowed");
                    } else if (b == '.') {
                        state = POINT;
                    } else if (b == 'e' || b == 'E') {
                        state = EXPONENT;
                    } else {
                        ptr--;
                        state = AFTER_VALUE;
                    }
                }
                case POINT -> {
                    if (b < '0' || b > '9') {
                        fail(ptr, unexpected(b, "a digit after a decimal point"));
                    }
                    state = FRACTION;
                }
                case EXPONENT -> {
                    if (b == '+' || b == '-') {
                        state = EXPONENT_SIGN;
                    } else if (b >= '0' && b <= '9') {
                        state = EXPONENT_DIGITS;
                    } else {
                        fail(ptr, unexpected(b, "a digit in an exponent"));
                    }
                }
                case EXPONENT_SIGN -> {
                    if (b < '0' || b > '9') {
                        fail(ptr, unexpected(b, "a digit in an exponent"));
                    }
                    state = EXPONENT_DIGITS;
                }
                case LITERAL -> {
                    if (b != literal[literalAt]) {
                        fail(ptr, "Unrecognized token: expected '" + new String(literal, java.nio.charset.StandardCharsets.US_ASCII) + "'");
                    }
                    if (++literalAt == literal.length) {
                        state = AFTER_VALUE;
                    }
                }
                default -> throw new IllegalStateException("scan state " + state);
            }
        }
    }

    /** The state after the first byte of a value (which may open a container). */
    private int valueStart(int b, int ptr) throws IOException {
        switch (b) {
            case '"' -> {
                afterString = AFTER_VALUE;
                return STRING;
            }
            case '{', '[' -> {
                open(b, ptr);
                return b == '{' ? OBJECT_FIRST : ARRAY_FIRST;
            }
            case '-' -> {
                return MINUS;
            }
            case '0' -> {
                return ZERO;
            }
            case 't', 'f', 'n' -> {
                literal = b == 't' ? TRUE : b == 'f' ? FALSE : NULL;
                literalAt = 1;
                return LITERAL;
            }
            default -> {
                if (b >= '1' && b <= '9') {
                    return INTEGER;
                }
                fail(ptr, unexpected(b, "a value"));
                return -1;
            }
        }
    }

    private void open(int b, int ptr) throws IOException {
        if (depth + 1 > deepest()) {
            fail(ptr, "Document nesting depth exceeds the maximum allowed (" + _streamReadConstraints.getMaxNestingDepth() + ")");
        }
        depth++;
        if (b == '{') {
            objects |= 1L << (depth - 1);
        }
    }

    /** How many containers may be open in the skip: the started one is at the context's depth. */
    private int deepest() {
        return Math.min(_streamReadConstraints.getMaxNestingDepth() - _parsingContext.getNestingDepth() + 1, 64);
    }

    /** Closes the innermost container; true when it was the one the skip started on. */
    private boolean close(int b, int ptr) throws IOException {
        boolean object = (objects & (1L << (depth - 1))) != 0;
        if ((b == '}') != object) {
            fail(ptr, "Unexpected close marker " + quoted(b) + ": expected " + (object ? "'}'" : "']'"));
        }
        objects &= ~(1L << (depth - 1));
        return --depth == 0;
    }

    /** Leaves the parser as Jackson's own skip does: on the END token of the skipped container, in its parent. */
    private JsonParser ended(int ptr) {
        _inputPtr = ptr;
        // As Jackson's own END token: the location just past the marker (it reports one less).
        _tokenInputTotal = _currInputProcessed + ptr;
        _tokenInputRow = _currInputRow;
        _tokenInputCol = ptr - _currInputRowStart;
        JsonToken end = _parsingContext.inObject() ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
        _parsingContext = _parsingContext.clearAndGetParent();
        _currToken = end;
        return this;
    }

    /** Fails naming the byte just read (its offset is where the error is reported). */
    private void fail(int ptr, String message) throws IOException {
        _inputPtr = ptr - 1;
        throw _constructError(message);
    }

    private static String unexpected(int b, String expected) {
        return "Unexpected character " + quoted(b) + ": expected " + expected;
    }

    private static String quoted(int b) {
        return b >= 0x20 && b < 0x7f ? "'" + (char) b + "'" : "(code " + (b & 0xFF) + ")";
    }

    /**
     * A JsonFactory whose byte parsers skim. Files that are not UTF-8 (the schema requires UTF-8; a
     * UTF-16 or UTF-32 file starts with a zero byte among its first four) get Jackson's own parser.
     */
    static final class Factory extends JsonFactory {

        Factory(JsonFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
            byte[] head = new byte[4];
            int n = 0;
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
                n += r;
            }
            boolean wide = false;
            for (int i = 0; i < n; i++) {
                wide |= head[i] == 0;
            }
            if (wide) {
                return super._createParser(new SequenceInputStream(new ByteArrayInputStream(head, 0, n), in), context);
            }
            context.setEncoding(JsonEncoding.UTF8);
            byte[] buffer = context.allocReadIOBuffer();
            System.arraycopy(head, 0, buffer, 0, n);
            // A UTF-8 byte order mark is allowed and passed over (offsets still count its 3 bytes).
            boolean bom = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
            return new SkimmingParser(context, _parserFeatures, in, _objectCodec,
                    _byteSymbolCanonicalizer.makeChild(_factoryFeatures), buffer, bom ? 3 : 0, n);
        }
    }
}
