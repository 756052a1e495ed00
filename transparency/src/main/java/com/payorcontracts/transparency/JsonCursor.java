package com.payorcontracts.transparency;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** A JsonParser over a plain or gzip TiC file, with the few reads the readers need and errors that say where. */
final class JsonCursor implements AutoCloseable {

    private static final JsonFactory FACTORY = new SkimmingParser.Factory(new JsonFactoryBuilder()
            // Real files have long arrays, never long strings or numbers: keep Jackson's limits on those.
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()));
    private static final int BUFFER = 1 << 16;

    private final JsonParser parser;

    private JsonCursor(JsonParser parser) {
        this.parser = parser;
    }

    /** Opens {@code in}, unzipping it when it starts with the gzip magic bytes. */
    static JsonCursor open(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        InputStream json = first == 0x1f && second == 0x8b ? new GZIPInputStream(buffered, BUFFER) : buffered;
        return new JsonCursor(FACTORY.createParser(json));
    }

    /** The next token; a read failure becomes a {@link TicReadException} naming offset and path. */
    JsonToken next() {
        JsonToken token;
        try {
            token = parser.nextToken();
        } catch (IOException e) {
            throw translate(e);
        }
        if (token == null) {
            throw fail("the file ends before the JSON is complete (truncated?)");
        }
        return token;
    }

    /** A failure to read: where and why when the content is bad, unchecked as it is otherwise. */
    private RuntimeException translate(IOException e) {
        // Bad syntax (StreamReadException) and a broken limit such as nesting depth (StreamConstraintsException).
        if (e instanceof JsonProcessingException bad) {
            long offset = bad.getLocation() != null ? bad.getLocation().getByteOffset() : offset();
            return new TicReadException(offset, path(), bad.getOriginalMessage());
        }
        if (e instanceof EOFException) {
            return fail("the gzip stream ends early: the file is truncated");
        }
        if (e instanceof ZipException) {
            return fail("the gzip stream is corrupt: " + e.getMessage());
        }
        return new UncheckedIOException(e);
    }

    /** The token the cursor is on. */
    JsonToken current() {
        return parser.currentToken();
    }

    /** Whether there is anything but whitespace after the top-level value. */
    boolean hasTrailingContent() {
        try {
            return parser.nextToken() != null;
        } catch (IOException e) {
            return true;
        }
    }

    /** Positioned on START_OBJECT: the next field name, or null at END_OBJECT. */
    String nextField() {
        JsonToken token = next();
        if (token == JsonToken.END_OBJECT) {
            return null;
        }
        String name = currentName();
        next();
        return name;
    }

    /** Whether the current token is START_ARRAY or START_OBJECT of the wanted kind, else fails naming the field. */
    void expect(JsonToken wanted, String what) {
        if (parser.currentToken() != wanted) {
            throw fail(what + " must be " + describe(wanted) + ", found " + describe(parser.currentToken()));
        }
    }

    /** Skips the current value (and its children); {@link SkimmingParser} reads skipped containers as bytes. */
    void skip() {
        try {
            parser.skipChildren();
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** The current value as a string; null for JSON null; fails for objects and arrays. */
    String text(String what) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            throw fail(what + " must be a string, found " + describe(token));
        }
        try {
            return parser.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The current value as the decimal written in the file (65.0 stays 65.0); fails when not a number. */
    BigDecimal decimal(String what) {
        if (!parser.currentToken().isNumeric()) {
            throw fail(what + " must be a number, found " + describe(parser.currentToken()));
        }
        try {
            return parser.getDecimalValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The current value as a whole number (ids, NPIs); fails when not a number. */
    long whole(String what) {
        if (!parser.currentToken().isNumeric()) {
            throw fail(what + " must be a number, found " + describe(parser.currentToken()));
        }
        try {
            // Some payors write ids and NPIs as 1.0 or 1e9: accept any number with no fraction.
            return parser.currentToken() == JsonToken.VALUE_NUMBER_INT
                    ? parser.getLongValue()
                    : parser.getDecimalValue().longValueExact();
        } catch (ArithmeticException e) {
            throw fail(what + " must be a whole number");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The current array of strings. */
    List<String> strings(String what) {
        expect(JsonToken.START_ARRAY, what);
        List<String> values = new ArrayList<>();
        while (next() != JsonToken.END_ARRAY) {
            values.add(text(what + " item"));
        }
        return values;
    }

    /** The current array of whole numbers. */
    long[] wholes(String what) {
        expect(JsonToken.START_ARRAY, what);
        long[] values = new long[4];
        int n = 0;
        while (next() != JsonToken.END_ARRAY) {
            if (n == values.length) {
                values = java.util.Arrays.copyOf(values, n * 2);
            }
            values[n++] = whole(what + " item");
        }
        return java.util.Arrays.copyOf(values, n);
    }

    /** A read failure at the current token. */
    TicReadException fail(String reason) {
        return new TicReadException(offset(), path(), reason);
    }

    /** Where the current token starts, in bytes of the uncompressed JSON. */
    long offset() {
        return parser.currentTokenLocation().getByteOffset();
    }

    String path() {
        return parser.getParsingContext().pathAsPointer().toString();
    }

    private String currentName() {
        try {
            return parser.currentName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
