package com.payorcontracts.contract.service.csv;

import com.payorcontracts.contract.domain.ServiceCategory;
import com.payorcontracts.platform.rest.ProblemDetail.RowError;

import java.io.Reader;
import java.util.List;

/**
 * The service-catalog CSV format. Columns (header required, any order): code, label (the
 * organization's own name for the service, at most 120 characters; never an AMA descriptor),
 * category (one of {@link ServiceCategory}), expected_annual_volume (a whole number, default 0),
 * implant_heavy (true|false, default false). code, label and category are required.
 */
public final class ServiceCatalogCsv {

    public static final List<String> COLUMNS = List.of("code", "label", "category", "expected_annual_volume", "implant_heavy");
    private static final int MAX_LABEL = 120;

    /** One catalog row as read. */
    public record Entry(String code, String label, ServiceCategory category, int expectedAnnualVolume, boolean implantHeavy) {
    }

    /** What a read produced: the entries when {@code errors} is empty, else the first errors found. */
    public record Result(List<Entry> entries, List<RowError> errors) {
    }

    private ServiceCatalogCsv() {
    }

    public static Result read(Reader input) {
        CsvRows.Read<Entry> read = CsvRows.read(input, COLUMNS, "code", ServiceCatalogCsv::entry, Entry::code, "code");
        return new Result(read.values(), read.errors());
    }

    private static Entry entry(int row, CsvCells cells) {
        String code = cells.matching("code", FeeScheduleCsv.CODE, "must be a CPT or HCPCS code");
        required(cells, "code");
        String label = cells.get("label");
        required(cells, "label");
        if (label != null && label.length() > MAX_LABEL) {
            cells.error("label", "must be at most " + MAX_LABEL + " characters");
        }
        ServiceCategory category = cells.enumValue("category", ServiceCategory.class);
        required(cells, "category");
        String volume = cells.matching("expected_annual_volume", "\\d{1,9}", "must be a whole number, 0 or more");
        Boolean implantHeavy = cells.bool("implant_heavy");
        if (cells.failed()) {
            return null;
        }
        return new Entry(code, label, category, volume == null ? 0 : Integer.parseInt(volume), Boolean.TRUE.equals(implantHeavy));
    }

    private static void required(CsvCells cells, String column) {
        if (cells.get(column) == null) {
            cells.error(column, "is required");
        }
    }
}
