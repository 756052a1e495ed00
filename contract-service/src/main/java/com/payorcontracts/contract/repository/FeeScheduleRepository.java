package com.payorcontracts.contract.repository;

import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.RateMethod;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Fee-schedule lines of a version of the rate terms, kept with plain JDBC: a schedule may hold
 * tens of thousands of lines, which PostgreSQL's COPY writes in a fraction of the time entity
 * inserts would take. Works inside the caller's transaction.
 */
@ApplicationScoped
public class FeeScheduleRepository {

    private static final String SELECT = """
            SELECT code, modifier, billing_class, place_of_service, method, amount, percent, bundled_codes, mpr_eligible,
                   lesser_of_percent
            FROM fee_schedule_line WHERE rate_terms_id = ? ORDER BY line_no""";
    private static final String COPY = """
            COPY fee_schedule_line (rate_terms_id, line_no, code, modifier, billing_class, place_of_service, method,
                                    amount, percent, bundled_codes, mpr_eligible, lesser_of_percent) FROM STDIN""";

    private final AgroalDataSource dataSource;

    FeeScheduleRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<FeeScheduleLine> lines(UUID rateTermsId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setObject(1, rateTermsId);
            select.setFetchSize(5_000);
            List<FeeScheduleLine> lines = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.add(line(rows));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the fee schedule of " + rateTermsId, e);
        }
    }

    /** Replaces every line of the version. The version's row must exist, so pending entities are flushed first. */
    public void replace(UUID rateTermsId, List<FeeScheduleLine> lines) {
        Panache.getEntityManager().flush();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM fee_schedule_line WHERE rate_terms_id = ?")) {
                delete.setObject(1, rateTermsId);
                delete.executeUpdate();
            }
            if (!lines.isEmpty()) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(copyText(rateTermsId, lines)));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not write the fee schedule of " + rateTermsId, e);
        }
    }

    // COPY text format. Every value was validated to letters, digits and decimals, so none needs escaping.
    private static String copyText(UUID rateTermsId, List<FeeScheduleLine> lines) {
        StringBuilder text = new StringBuilder(lines.size() * 80);
        String id = rateTermsId.toString();
        for (int i = 0; i < lines.size(); i++) {
            FeeScheduleLine line = lines.get(i);
            text.append(id).append('\t').append(i).append('\t').append(line.code()).append('\t');
            field(text, line.modifier());
            field(text, line.billingClass() == null ? null : line.billingClass().name());
            field(text, line.placeOfService());
            field(text, line.method().name());
            field(text, line.amount() == null ? null : line.amount().toPlainString());
            field(text, line.percent() == null ? null : line.percent().toPlainString());
            text.append('{').append(String.join(",", line.bundledCodes())).append("}\t");
            text.append(line.multipleProcedureEligible() ? 't' : 'f').append('\t');
            text.append(line.lesserOfPercent() == null ? "\\N" : line.lesserOfPercent().toPlainString()).append('\n');
        }
        return text.toString();
    }

    private static void field(StringBuilder text, String value) {
        text.append(value == null ? "\\N" : value).append('\t');
    }

    private static FeeScheduleLine line(ResultSet row) throws SQLException {
        String billingClass = row.getString(3);
        BigDecimal amount = row.getBigDecimal(6);
        BigDecimal percent = row.getBigDecimal(7);
        Array bundled = row.getArray(8);
        String[] codes = bundled == null ? new String[0] : (String[]) bundled.getArray();
        return new FeeScheduleLine(row.getString(1), row.getString(2),
                billingClass == null ? null : BillingClass.valueOf(billingClass), row.getString(4),
                RateMethod.valueOf(row.getString(5)), amount, Decimals.plain(percent),
                new LinkedHashSet<>(Arrays.asList(codes)), row.getBoolean(9), Decimals.plain(row.getBigDecimal(10)));
    }
}
