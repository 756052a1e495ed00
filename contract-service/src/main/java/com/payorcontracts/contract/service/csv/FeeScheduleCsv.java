package com.payorcontracts.contract.service.csv;

import com.payorcontracts.contract.domain.Modifiers;
import com.payorcontracts.platform.csv.CsvReader;
import com.payorcontracts.platform.rest.ProblemDetail.RowError;
import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.RateMethod;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fee-schedule CSV format, both ways. Columns (header required, any order, only {@code code}
 * required): code, modifier, billing_class (PROFESSIONAL|FACILITY), place_of_service, method
 * (default FIXED), amount (USD, at most 2 decimals), percent, bundled_codes (separated by |),
 * mpr_eligible (true|false). Export writes every column, in that order, with CRLF line ends, and
 * {@link #read} of an export gives back the same lines, so export and import round-trip byte for byte.
 */
public final class FeeScheduleCsv {

    public static final List<String> COLUMNS = List.of("code", "modifier", "billing_class", "place_of_service", "method",
            "amount", "percent", "bundled_codes", "mpr_eligible");
    private static final String CODE = "\\d{5}|\\d{4}[FTU]|[A-Z]\\d{4}";
    private static final int MAX_ERRORS = 100;

    /** What a read produced: the lines when {@code errors} is empty, else the first errors found. */
    public record Result(List<FeeScheduleLine> lines, List<RowError> errors) {
    }

    private FeeScheduleCsv() {
    }

    public static Result read(Reader input) {
        CsvReader csv = new CsvReader(input);
        List<RowError> errors = new ArrayList<>();
        List<FeeScheduleLine> lines = new ArrayList<>();
        try {
            List<String> header = csv.next();
            if (header == null) {
                return new Result(List.of(), List.of(new RowError(1, "", "the file is empty; a header row is required")));
            }
            Map<String, Integer> columns = columns(header, errors);
            if (!errors.isEmpty()) {
                return new Result(List.of(), errors);
            }
            Map<String, Integer> firstRowOfKey = new HashMap<>();
            List<String> fields;
            while ((fields = csv.next()) != null && errors.size() < MAX_ERRORS) {
                int row = csv.recordNumber();
                FeeScheduleLine line = line(row, fields, columns, header.size(), errors);
                if (line == null) {
                    continue;
                }
                Integer earlier = firstRowOfKey.putIfAbsent(line.key(), row);
                if (earlier != null) {
                    errors.add(new RowError(row, "code", "repeats " + line.key() + " of row " + (earlier - 1)));
                } else {
                    lines.add(line);
                }
            }
        } catch (CsvReader.CsvFormatException e) {
            errors.add(new RowError(e.row(), "", e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(errors.isEmpty() ? lines : List.of(), errors);
    }

    public static void write(List<FeeScheduleLine> lines, Appendable out) {
        try {
            out.append(String.join(",", COLUMNS)).append("\r\n");
            for (FeeScheduleLine line : lines) {
                out.append(line.code()).append(',')
                        .append(text(line.modifier())).append(',')
                        .append(line.billingClass() == null ? "" : line.billingClass().name()).append(',')
                        .append(text(line.placeOfService())).append(',')
                        .append(line.method().name()).append(',')
                        .append(line.amount() == null ? "" : line.amount().toPlainString()).append(',')
                        .append(line.percent() == null ? "" : line.percent().toPlainString()).append(',')
                        .append(String.join("|", line.bundledCodes().stream().sorted().toList())).append(',')
                        .append(Boolean.toString(line.multipleProcedureEligible())).append("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> columns(List<String> header, List<RowError> errors) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase();
            if (!COLUMNS.contains(name)) {
                errors.add(new RowError(1, name, "unknown column; known columns are " + COLUMNS));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(new RowError(1, name, "column appears twice"));
            }
        }
        if (!columns.containsKey("code")) {
            errors.add(new RowError(1, "code", "the code column is required"));
        }
        return columns;
    }

    private static FeeScheduleLine line(int row, List<String> fields, Map<String, Integer> columns, int width,
                                        List<RowError> errors) {
        if (fields.size() != width) {
            errors.add(new RowError(row, "", "has " + fields.size() + " fields; the header has " + width));
            return null;
        }
        CsvCells cells = new CsvCells(row, fields, columns, errors);
        String code = cells.matching("code", CODE, "must be a CPT or HCPCS code");
        if (code == null && cells.get("code") == null) {
            errors.add(new RowError(row, "code", "is required"));
        }
        String modifier = cells.matching("modifier", "[A-Z0-9]{2}", "must be two capital letters or digits");
        if (modifier != null && !Modifiers.isKnown(modifier)) {
            errors.add(new RowError(row, "modifier", "'" + modifier + "' is not a known modifier"));
        }
        BillingClass billingClass = cells.enumValue("billing_class", BillingClass.class);
        String placeOfService = cells.matching("place_of_service", "\\d{2}", "must be a two-digit place-of-service code");
        RateMethod method = cells.enumValue("method", RateMethod.class);
        BigDecimal amount = cells.decimal("amount", 2);
        BigDecimal percent = cells.decimal("percent", 4);
        Set<String> bundled = cells.codes("bundled_codes", CODE);
        Boolean mpr = cells.bool("mpr_eligible");
        if (cells.failed()) {
            return null;
        }
        try {
            return new FeeScheduleLine(code, modifier, billingClass, placeOfService, method, amount, percent, bundled,
                    Boolean.TRUE.equals(mpr));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row, columnNamed(e.getMessage()), e.getMessage()));
            return null;
        }
    }

    // The engine's messages name the field ("FeeScheduleLine.amount must ..."); report its column.
    private static String columnNamed(String message) {
        for (String[] pair : new String[][]{{".amount", "amount"}, {".percent", "percent"}, {".bundledCodes", "bundled_codes"},
                {".modifier", "modifier"}, {".placeOfService", "place_of_service"}, {".code", "code"}}) {
            if (message.contains(pair[0])) {
                return pair[1];
            }
        }
        return "method";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
