package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.PayorProfile;
import com.payorcontracts.payor.domain.PayorType;
import com.payorcontracts.platform.csv.CsvReader;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.ProblemDetail;
import com.payorcontracts.platform.rest.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a CSV of payors into profiles, checking every row by the same rules as {@link PayorRequest},
 * and reports every bad cell of every bad row by its row (1 is the first data row) and column.
 *
 * <p>Columns (header row required, any order, names in any case): {@code name} and {@code type}
 * required; {@code legalName}, {@code parentOrganization}, {@code ediPayerIds} (entries
 * {@code PAYERID@Clearinghouse} separated by {@code ;}), {@code portalUrl}, {@code notes} optional.
 */
@ApplicationScoped
class PayorCsv {

    static final List<String> COLUMNS = List.of("name", "legalName", "type", "parentOrganization", "ediPayerIds", "portalUrl", "notes");
    static final int MAX_ROWS = 20_000;
    private static final int MAX_ERRORS = 500;

    private final Validator validator;

    PayorCsv(Validator validator) {
        this.validator = validator;
    }

    /** The profiles in file order, each with its line; or a 400 naming every bad field. */
    List<Line> read(String text) {
        List<CsvReader.Row> rows;
        try {
            rows = CsvReader.readAll(new java.io.StringReader(text == null ? "" : text));
        } catch (CsvReader.CsvFormatException e) {
            throw ApiException.invalidFields(List.of(ProblemDetail.FieldError.cell(e.row() - 1, "", e.getMessage())));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw ApiException.invalidField("body", "is empty; send a header row (" + String.join(",", COLUMNS) + ") and one row per payor");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw ApiException.invalidField("body", "has " + (rows.size() - 1) + " rows; import at most " + MAX_ROWS + " at a time");
        }
        List<ProblemDetail.FieldError> errors = new ArrayList<>();
        Map<String, Integer> columns = header(rows.get(0), errors);
        if (!errors.isEmpty()) {
            // With a wrong header every row would repeat the same complaint; the header is the fix.
            throw new ApiException(ProblemType.VALIDATION, "the header row is wrong; nothing was imported", errors);
        }
        List<Line> lines = new ArrayList<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            if (errors.size() >= MAX_ERRORS) {
                break;
            }
            read(row, columns, errors).ifPresent(lines::add);
        }
        if (!errors.isEmpty()) {
            String more = errors.size() >= MAX_ERRORS ? " (the first " + MAX_ERRORS + " shown)" : "";
            throw new ApiException(ProblemType.VALIDATION, errors.size() + " bad fields" + more
                    + "; nothing was imported: fix them and send the file again", errors);
        }
        return lines;
    }

    /** A valid row: its line in the file and its profile. */
    record Line(int line, PayorProfile profile) {
    }

    private static Map<String, Integer> header(CsvReader.Row header, List<ProblemDetail.FieldError> errors) {
        Map<String, String> known = new HashMap<>();
        COLUMNS.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip();
            String column = known.get(name.toLowerCase(Locale.ROOT));
            if (column == null) {
                errors.add(ProblemDetail.FieldError.cell(0, name, "is not a known column; columns are " + String.join(", ", COLUMNS)));
            } else if (columns.putIfAbsent(column, i) != null) {
                errors.add(ProblemDetail.FieldError.cell(0, name, "appears twice"));
            }
        }
        for (String required : List.of("name", "type")) {
            if (!columns.containsKey(required)) {
                errors.add(ProblemDetail.FieldError.cell(0, required, "is a required column"));
            }
        }
        return columns;
    }

    private Optional<Line> read(CsvReader.Row row, Map<String, Integer> columns, List<ProblemDetail.FieldError> errors) {
        int at = row.number() - 1; // the file's line, less the header: row 1 is the first data row
        int expected = columns.values().stream().mapToInt(i -> i + 1).max().orElse(0);
        if (row.fields().size() < expected) {
            errors.add(ProblemDetail.FieldError.cell(at, "", "has " + row.fields().size() + " fields; the header has " + expected));
            return Optional.empty();
        }
        int before = errors.size();
        PayorType type = null;
        String typeText = value(row, columns, "type");
        if (typeText != null) {
            try {
                type = PayorType.valueOf(typeText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(ProblemDetail.FieldError.cell(at, "type", "must be one of " + Arrays.toString(PayorType.values())));
            }
        }
        List<EdiPayerIdDto> ediPayerIds = new ArrayList<>();
        String ediText = value(row, columns, "ediPayerIds");
        if (ediText != null) {
            for (String entry : ediText.split(";")) {
                String[] parts = entry.strip().split("@", 2);
                if (parts.length != 2) {
                    errors.add(ProblemDetail.FieldError.cell(at, "ediPayerIds", "entries must be PAYERID@Clearinghouse, separated by ;"));
                    break;
                }
                ediPayerIds.add(new EdiPayerIdDto(parts[0].strip(), parts[1].strip()));
            }
        }
        PayorRequest request = new PayorRequest(value(row, columns, "name"), value(row, columns, "legalName"), type,
                value(row, columns, "parentOrganization"), ediPayerIds, value(row, columns, "portalUrl"), value(row, columns, "notes"));
        for (ConstraintViolation<PayorRequest> violation : validator.validate(request)) {
            // platform's field naming is not public; a bean's own path reads the same ("ediPayerIds[0].payerId").
            String field = violation.getPropertyPath().toString().replace(".<list element>", "");
            // A type that did not parse is already reported with the allowed values.
            if (!(field.equals("type") && typeText != null)) {
                String column = field.split("[.\\[]", 2)[0];
                errors.add(ProblemDetail.FieldError.cell(at, column, column.equals(field) ? violation.getMessage()
                        : field + " " + violation.getMessage()));
            }
        }
        return errors.size() == before ? Optional.of(new Line(row.number(), request.toProfile())) : Optional.empty();
    }

    private static String value(CsvReader.Row row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = row.fields().get(index).strip();
        return value.isEmpty() ? null : value;
    }
}
