package com.payorcontracts.contract.service.csv;

import com.payorcontracts.contract.domain.ReferenceRow;
import com.payorcontracts.platform.csv.CsvReader;
import com.payorcontracts.platform.rest.ProblemDetail.RowError;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference-fee-schedule CSV format: code, modifier (empty for the global fee),
 * facility_amount, non_facility_amount (USD, at most 2 decimals; either may be empty). Codes only:
 * CPT descriptors are the AMA's and are never stored.
 */
public final class ReferenceScheduleCsv {

    public static final List<String> COLUMNS = List.of("code", "modifier", "facility_amount", "non_facility_amount");
    private static final int MAX_ERRORS = 100;

    /** The rows when {@code errors} is empty, else the first errors found. */
    public record Result(List<ReferenceRow> rows, List<RowError> errors) {
    }

    private ReferenceScheduleCsv() {
    }

    public static Result read(Reader input) {
        CsvReader csv = new CsvReader(input);
        List<RowError> errors = new ArrayList<>();
        List<ReferenceRow> rows = new ArrayList<>();
        try {
            List<String> header = csv.next();
            if (header == null || !header.stream().map(h -> h.strip().toLowerCase()).toList().equals(COLUMNS)) {
                return new Result(List.of(), List.of(new RowError(1, "", "the header must be " + String.join(",", COLUMNS))));
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                columns.put(COLUMNS.get(i), i);
            }
            Map<String, Integer> seen = new HashMap<>();
            List<String> fields;
            while ((fields = csv.next()) != null && errors.size() < MAX_ERRORS) {
                int row = csv.recordNumber();
                if (fields.size() != COLUMNS.size()) {
                    errors.add(new RowError(row, "", "has " + fields.size() + " fields; expected " + COLUMNS.size()));
                    continue;
                }
                CsvCells cells = new CsvCells(row, fields, columns, errors);
                String code = cells.matching("code", "\\d{5}|\\d{4}[FTU]|[A-Z]\\d{4}", "must be a CPT or HCPCS code");
                if (code == null && cells.get("code") == null) {
                    errors.add(new RowError(row, "code", "is required"));
                }
                String modifier = cells.matching("modifier", "[A-Z0-9]{2}", "must be two capital letters or digits");
                BigDecimal facility = cells.decimal("facility_amount", 10, 2);
                BigDecimal nonFacility = cells.decimal("non_facility_amount", 10, 2);
                if (!cells.failed() && facility == null && nonFacility == null) {
                    errors.add(new RowError(row, "facility_amount", "a row needs a facility_amount or a non_facility_amount"));
                }
                if (cells.failed()) {
                    continue;
                }
                Integer earlier = seen.putIfAbsent(code + "-" + modifier, row);
                if (earlier != null) {
                    errors.add(new RowError(row, "code", "repeats row " + (earlier - 1)));
                } else {
                    rows.add(new ReferenceRow(code, modifier, facility, nonFacility));
                }
            }
        } catch (CsvReader.CsvFormatException e) {
            errors.add(new RowError(e.row(), "", e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(errors.isEmpty() ? rows : List.of(), errors);
    }

    public static void write(List<ReferenceRow> rows, Appendable out) {
        try {
            out.append(String.join(",", COLUMNS)).append("\r\n");
            for (ReferenceRow row : rows) {
                out.append(row.code()).append(',').append(row.modifier() == null ? "" : row.modifier()).append(',')
                        .append(row.facilityAmount() == null ? "" : row.facilityAmount().toPlainString()).append(',')
                        .append(row.nonFacilityAmount() == null ? "" : row.nonFacilityAmount().toPlainString()).append("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
