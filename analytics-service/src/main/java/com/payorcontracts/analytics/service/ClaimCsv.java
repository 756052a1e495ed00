package com.payorcontracts.analytics.service;

import com.payorcontracts.platform.input.InputLimits;
import com.payorcontracts.platform.rest.ProblemDetail.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Claim history as CSV: a header row naming the columns (any order), then one row per claim line;
 * the rows of one claim (same payor_id and claim_id) follow each other, and its claim-level
 * columns are read from its first row. Modifiers are separated by spaces or colons ({@code 50 LT}).
 */
final class ClaimCsv {

    static final List<String> COLUMNS = List.of("claim_id", "payor_id", "provider_tin", "provider_npi", "contract_id",
            "patient_id", "submission_date", "billing_class", "code", "modifiers", "units", "place_of_service",
            "date_of_service", "billed_charge", "invoice_cost", "frequency_code");
    private static final int CLAIM_ID = 0;
    private static final int PAYOR_ID = 1;
    private static final java.util.regex.Pattern MODIFIER_SEPARATORS = java.util.regex.Pattern.compile("[ :]+");
    private static final int CODE = column("code");
    private static final int MODIFIERS = column("modifiers");
    private static final int UNITS = column("units");
    private static final int PLACE_OF_SERVICE = column("place_of_service");
    private static final int DATE_OF_SERVICE = column("date_of_service");
    private static final int BILLED_CHARGE = column("billed_charge");
    private static final int INVOICE_COST = column("invoice_cost");
    static final List<String> REQUIRED = List.of("claim_id", "payor_id", "code", "date_of_service", "billed_charge");

    private final int[] index = new int[COLUMNS.size()];

    /** Reads the header; throws IllegalArgumentException naming a missing or unknown column. */
    ClaimCsv(String header) {
        if (header == null) {
            throw new IllegalArgumentException("the CSV is empty; it needs a header row");
        }
        List<String> names = split(header.startsWith("\uFEFF") ? header.substring(1) : header);
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim().toLowerCase(Locale.ROOT);
            int column = COLUMNS.indexOf(name);
            if (column < 0) {
                throw new IllegalArgumentException("unknown column '" + InputLimits.shown(name) + "'; columns are " + COLUMNS);
            }
            index[column] = i;
        }
        for (String required : REQUIRED) {
            if (index[COLUMNS.indexOf(required)] < 0) {
                throw new IllegalArgumentException("column '" + required + "' is required");
            }
        }
    }

    /** One data row's fields, by column. */
    final class Row {
        final long number;
        final List<String> fields;

        Row(long number, String line) {
            this.number = number;
            this.fields = split(line);
        }

        String get(String column) {
            return get(column(column));
        }

        String get(int column) {
            int i = index[column];
            if (i < 0 || i >= fields.size()) {
                return null;
            }
            String value = fields.get(i).trim();
            return value.isEmpty() ? null : value;
        }

        /** Whether this row belongs to the same claim (payor and claim id) as another. */
        boolean sameClaim(Row other) {
            return java.util.Objects.equals(get(CLAIM_ID), other.get(CLAIM_ID))
                    && java.util.Objects.equals(get(PAYOR_ID), other.get(PAYOR_ID));
        }
    }

    Row row(long number, String line) {
        return new Row(number, line);
    }

    /** A claim made of consecutive rows; errors name the row and the column. */
    ClaimInput claim(List<Row> rows, List<Jobs.JobError> errors) {
        Row first = rows.get(0);
        int before = errors.size();
        for (Row row : rows) {
            refuseControlCharacters(row, errors);
        }
        UUID payorId = parse(first, PAYOR_ID, UUID::fromString, "is not a UUID", errors);
        UUID contractId = parse(first, column("contract_id"), UUID::fromString, "is not a UUID", errors);
        LocalDate submission = parse(first, column("submission_date"), ClaimCsv::limitedDate, "is not a date (YYYY-MM-DD)", errors);
        List<ClaimInput.Line> lines = new ArrayList<>(rows.size());
        for (Row row : rows) {
            String modifiers = row.get(MODIFIERS);
            lines.add(new ClaimInput.Line(row.get(CODE),
                    modifiers == null ? null : List.of(MODIFIER_SEPARATORS.split(modifiers)),
                    parse(row, UNITS, Integer::valueOf, "is not a whole number", errors),
                    row.get(PLACE_OF_SERVICE),
                    parse(row, DATE_OF_SERVICE, ClaimCsv::limitedDate, "is not a date (YYYY-MM-DD)", errors),
                    parse(row, BILLED_CHARGE, ClaimCsv::amount, "is not an amount", errors),
                    parse(row, INVOICE_COST, ClaimCsv::amount, "is not an amount", errors)));
        }
        ClaimInput claim = new ClaimInput(first.get("claim_id"), payorId, first.get("provider_tin"),
                first.get("provider_npi"), contractId, first.get("patient_id"), submission, first.get("billing_class"), lines, null,
                first.get("frequency_code"));
        if (errors.size() > before) {
            return null;
        }
        List<FieldError> invalid = new ArrayList<>();
        ClaimValidator.validate(claim, "", invalid);
        for (FieldError error : invalid) {
            errors.add(rowError(rows, error));
        }
        return invalid.isEmpty() ? claim : null;
    }

    private static final Map<String, String> COLUMN_OF_FIELD = new HashMap<>();

    static {
        for (String column : COLUMNS) {
            StringBuilder camel = new StringBuilder();
            boolean upper = false;
            for (char c : column.toCharArray()) {
                if (c == '_') {
                    upper = true;
                } else {
                    camel.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            COLUMN_OF_FIELD.put(camel.toString(), column);
        }
        COLUMN_OF_FIELD.put("claimId", "claim_id");
        COLUMN_OF_FIELD.put("dateOfService", "date_of_service");
        COLUMN_OF_FIELD.put("lines", "code");
    }

    // "lines[2].billedCharge" is the claim's third row, column billed_charge.
    private static Jobs.JobError rowError(List<Row> rows, FieldError error) {
        String field = error.field();
        long row = rows.get(0).number;
        if (field.startsWith("lines[")) {
            int close = field.indexOf(']');
            row = rows.get(Math.min(Integer.parseInt(field.substring(6, close)), rows.size() - 1)).number;
            field = field.length() > close + 2 ? field.substring(close + 2) : "lines";
        }
        int bracket = field.indexOf('[');
        String name = bracket < 0 ? field : field.substring(0, bracket);
        return new Jobs.JobError(row, COLUMN_OF_FIELD.getOrDefault(name, name), error.message());
    }

    private <T> T parse(Row row, int column, java.util.function.Function<String, T> parser, String problem,
                        List<Jobs.JobError> errors) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (InputLimits.InvalidInputException e) {
            errors.add(new Jobs.JobError(row.number, COLUMNS.get(column), e.getMessage()));
            return null;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            errors.add(new Jobs.JobError(row.number, COLUMNS.get(column), "'" + InputLimits.shown(value) + "' " + problem));
            return null;
        }
    }

    // PostgreSQL refuses a NUL (the whole COPY would fail); every other control character is refused alike.
    private void refuseControlCharacters(Row row, List<Jobs.JobError> errors) {
        for (int column = 0; column < COLUMNS.size(); column++) {
            String value = row.get(column);
            if (InputLimits.controlCharacterAt(value) >= 0) {
                try {
                    InputLimits.text(value);
                } catch (InputLimits.InvalidInputException e) {
                    errors.add(new Jobs.JobError(row.number, COLUMNS.get(column), e.getMessage()));
                }
            }
        }
    }

    /** A date within InputLimits' range (1900 through 2199). */
    static LocalDate limitedDate(String value) {
        return InputLimits.date(date(value));
    }

    /** An amount that fits numeric(12,2), checked before anything computes with it. */
    static BigDecimal amount(String value) {
        return InputLimits.parseDecimal(value, 10, Integer.MAX_VALUE);
    }

    private static int column(String name) {
        return COLUMNS.indexOf(name);
    }

    /**
     * An ISO date. The plain YYYY-MM-DD form, which is every date of a real history, is read without
     * the general parser (a third of the import's parsing time); anything else goes to it.
     */
    static LocalDate date(String value) {
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            int year = digits(value, 0, 4);
            int month = digits(value, 5, 7);
            int day = digits(value, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(value);
    }

    private static int digits(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** RFC 4180 fields: commas separate, double quotes enclose, a doubled quote is a quote. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>(COLUMNS.size());
        if (line.indexOf('"') < 0) {
            int start = 0;
            for (int i = 0; i <= line.length(); i++) {
                if (i == line.length() || line.charAt(i) == ',') {
                    fields.add(line.substring(start, i));
                    start = i + 1;
                }
            }
            return fields;
        }
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
