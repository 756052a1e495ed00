package com.payorcontracts.contract.service.csv;

import com.payorcontracts.contract.domain.Modifiers;
import com.payorcontracts.platform.rest.ProblemDetail.RowError;
import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.RateMethod;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The fee-schedule CSV format, both ways. Columns (header required, any order, only {@code code}
 * required): code, modifier, billing_class (PROFESSIONAL|FACILITY), place_of_service, method
 * (default FIXED), amount (USD, at most 2 decimals), percent, bundled_codes (separated by |),
 * mpr_eligible (true|false), lesser_of_percent (this line pays the lesser of its amount and that
 * percentage of its charge; empty to follow the contract). Export writes every column, in that order, with CRLF line ends, and
 * {@link #read} of an export gives back the same lines, so export and import round-trip byte for byte.
 */
public final class FeeScheduleCsv {

    public static final List<String> COLUMNS = List.of("code", "modifier", "billing_class", "place_of_service", "method",
            "amount", "percent", "bundled_codes", "mpr_eligible", "lesser_of_percent");
    static final String CODE = "\\d{5}|\\d{4}[FTU]|[A-Z]\\d{4}";

    /** What a read produced: the lines when {@code errors} is empty, else the first errors found. */
    public record Result(List<FeeScheduleLine> lines, List<RowError> errors) {
    }

    private FeeScheduleCsv() {
    }

    public static Result read(Reader input) {
        CsvRows.Read<FeeScheduleLine> read = CsvRows.read(input, COLUMNS, "code", FeeScheduleCsv::line, FeeScheduleLine::key, "code");
        return new Result(read.values(), read.errors());
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
                        .append(Boolean.toString(line.multipleProcedureEligible())).append(',')
                        .append(line.lesserOfPercent() == null ? "" : line.lesserOfPercent().toPlainString()).append("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FeeScheduleLine line(int row, CsvCells cells) {
        String code = cells.matching("code", CODE, "must be a CPT or HCPCS code");
        if (code == null && cells.get("code") == null) {
            cells.error("code", "is required");
        }
        String modifier = cells.matching("modifier", "[A-Z0-9]{2}", "must be two capital letters or digits");
        if (modifier != null && !Modifiers.isKnown(modifier)) {
            cells.error("modifier", "'" + modifier + "' is not a known modifier");
        }
        BillingClass billingClass = cells.enumValue("billing_class", BillingClass.class);
        String placeOfService = cells.matching("place_of_service", "\\d{2}", "must be a two-digit place-of-service code");
        RateMethod method = cells.enumValue("method", RateMethod.class);
        BigDecimal amount = cells.decimal("amount", 10, 2);
        BigDecimal percent = cells.decimal("percent", 5, 4);
        Set<String> bundled = cells.codes("bundled_codes", CODE);
        Boolean mpr = cells.bool("mpr_eligible");
        BigDecimal lesserOfPercent = cells.decimal("lesser_of_percent", 5, 4);
        if (cells.failed()) {
            return null;
        }
        try {
            return new FeeScheduleLine(code, modifier, billingClass, placeOfService, method, amount, percent, bundled,
                    Boolean.TRUE.equals(mpr), lesserOfPercent);
        } catch (IllegalArgumentException e) {
            cells.error(columnNamed(e.getMessage()), e.getMessage());
            return null;
        }
    }

    // The engine's messages name the field ("FeeScheduleLine.amount must ..."); report its column.
    private static String columnNamed(String message) {
        for (String[] pair : new String[][]{{".lesserOfPercent", "lesser_of_percent"}, {".amount", "amount"}, {".percent", "percent"}, {".bundledCodes", "bundled_codes"},
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
