package com.payorcontracts.contract.service.csv;

import com.payorcontracts.platform.csv.CsvReader;
import com.payorcontracts.platform.rest.ProblemDetail.RowError;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The shape every contract-service CSV upload shares: a header of known columns, one value per
 * data row keyed by some of its cells, a repeated key reported with the row it repeats, and every
 * row or none (at most {@link #MAX_ERRORS} errors are collected before reading stops).
 */
final class CsvRows {

    static final int MAX_ERRORS = 100;

    /** Converts one data row, adding an error per bad cell; null when the row is bad. */
    interface RowReader<T> {
        T read(int row, CsvCells cells);
    }

    /** The values when {@code errors} is empty, else the first errors found. */
    record Read<T>(List<T> values, List<RowError> errors) {
    }

    private CsvRows() {
    }

    static <T> Read<T> read(Reader input, List<String> known, String required, RowReader<T> rowReader,
                            Function<T, String> key, String keyColumn) {
        CsvReader csv = new CsvReader(input);
        List<RowError> errors = new ArrayList<>();
        List<T> values = new ArrayList<>();
        try {
            List<String> header = csv.next();
            if (header == null) {
                return new Read<>(List.of(), List.of(new RowError(1, "", "the file is empty; a header row is required")));
            }
            Map<String, Integer> columns = CsvCells.columns(header, known, required, errors);
            if (!errors.isEmpty()) {
                return new Read<>(List.of(), errors);
            }
            Map<String, Integer> firstRowOfKey = new HashMap<>();
            List<String> fields;
            while ((fields = csv.next()) != null && errors.size() < MAX_ERRORS) {
                int row = csv.recordNumber();
                if (fields.size() != header.size()) {
                    errors.add(new RowError(row, "", "has " + fields.size() + " fields; the header has " + header.size()));
                    continue;
                }
                T value = rowReader.read(row, new CsvCells(row, fields, columns, errors));
                if (value == null) {
                    continue;
                }
                Integer earlier = firstRowOfKey.putIfAbsent(key.apply(value), row);
                if (earlier != null) {
                    errors.add(new RowError(row, keyColumn, "repeats " + key.apply(value) + " of row " + (earlier - 1)));
                } else {
                    values.add(value);
                }
            }
        } catch (CsvReader.CsvFormatException e) {
            errors.add(new RowError(e.row(), "", e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Read<>(errors.isEmpty() ? values : List.of(), errors);
    }
}
