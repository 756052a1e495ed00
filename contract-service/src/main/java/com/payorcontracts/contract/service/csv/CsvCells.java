package com.payorcontracts.contract.service.csv;

import com.payorcontracts.platform.input.InputLimits;
import com.payorcontracts.platform.rest.ProblemDetail.RowError;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The cells of one CSV row, converted, with an error recorded for each cell that does not convert. */
final class CsvCells {
    private final int row;
    private final List<String> fields;
    private final Map<String, Integer> columns;
    private final List<RowError> errors;
    private final int errorsBefore;

    CsvCells(int row, List<String> fields, Map<String, Integer> columns, List<RowError> errors) {
        this.row = row;
        this.fields = fields;
        this.columns = columns;
        this.errors = errors;
        this.errorsBefore = errors.size();
    }

    /** The index of each known column of a header row (row 1); an unknown, repeated or missing required column is an error. */
    static Map<String, Integer> columns(List<String> header, List<String> known, String required, List<RowError> errors) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase();
            if (!known.contains(name)) {
                errors.add(new RowError(1, name, "unknown column; known columns are " + known));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(new RowError(1, name, "column appears twice"));
            }
        }
        if (!columns.containsKey(required)) {
            errors.add(new RowError(1, required, "the " + required + " column is required"));
        }
        return columns;
    }

    /** Records an error of this row's cell in the column (a rule across cells, say). */
    void error(String column, String reason) {
        errors.add(new RowError(row, column, reason));
    }

    boolean failed() {
        return errors.size() > errorsBefore;
    }

    String get(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = fields.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    String matching(String column, String pattern, String message) {
        String value = get(column);
        if (value != null && !value.matches(pattern)) {
            errors.add(new RowError(row, column, "'" + InputLimits.shown(value) + "' " + message));
            return null;
        }
        return value;
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String value = get(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase());
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row, column, "'" + InputLimits.shown(value) + "' is not one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    /** A decimal of at most {@code maxInteger} digits before the point and {@code maxScale} after it (its column). */
    BigDecimal decimal(String column, int maxInteger, int maxScale) {
        String value = get(column);
        if (value == null) {
            return null;
        }
        try {
            // Limits first: no arithmetic (setScale) ever sees a 1e999999999.
            BigDecimal number = InputLimits.parseDecimal(value, maxInteger, Integer.MAX_VALUE);
            if (number.scale() > maxScale) {
                errors.add(new RowError(row, column, "'" + InputLimits.shown(value) + "' has more than " + maxScale + " decimals"));
                return null;
            }
            if (number.signum() < 0) {
                errors.add(new RowError(row, column, "'" + InputLimits.shown(value) + "' must not be negative"));
                return null;
            }
            return maxScale == 2 ? number.setScale(2) : number;
        } catch (InputLimits.InvalidInputException e) {
            errors.add(new RowError(row, column, e.getMessage()));
            return null;
        }
    }

    Set<String> codes(String column, String pattern) {
        String value = get(column);
        if (value == null) {
            return Set.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : value.split("\\|")) {
            if (!code.strip().matches(pattern)) {
                errors.add(new RowError(row, column, "'" + InputLimits.shown(code.strip()) + "' is not a CPT or HCPCS code"));
                return Set.of();
            }
            codes.add(code.strip());
        }
        return codes;
    }

    Boolean bool(String column) {
        String value = get(column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase()) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> {
                errors.add(new RowError(row, column, "'" + InputLimits.shown(value) + "' is not true or false"));
                yield null;
            }
        };
    }
}
