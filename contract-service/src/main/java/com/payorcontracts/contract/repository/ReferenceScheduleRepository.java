package com.payorcontracts.contract.repository;

import com.payorcontracts.contract.domain.ReferenceRow;
import com.payorcontracts.contract.domain.ReferenceSchedule;
import com.payorcontracts.pricing.InMemoryReferenceFeeSchedule;
import com.payorcontracts.pricing.ReferenceFeeSchedule;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reference fee schedules; their rows are written with COPY, like fee schedules. */
@ApplicationScoped
public class ReferenceScheduleRepository implements PanacheRepositoryBase<ReferenceSchedule, UUID> {

    private static final String SELECT = """
            SELECT code, modifier, facility_amount, non_facility_amount FROM reference_schedule_row
            WHERE schedule_id = ? ORDER BY code, modifier""";
    private static final String COPY =
            "COPY reference_schedule_row (schedule_id, code, modifier, facility_amount, non_facility_amount) FROM STDIN";

    private final AgroalDataSource dataSource;

    ReferenceScheduleRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<ReferenceSchedule> byKey(String name, int year, String locality) {
        return find("name = ?1 and year = ?2 and locality = ?3", name, year, locality).firstResultOptional();
    }

    public List<ReferenceRow> rows(UUID scheduleId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setObject(1, scheduleId);
            select.setFetchSize(5_000);
            List<ReferenceRow> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    String modifier = result.getString(2);
                    rows.add(new ReferenceRow(result.getString(1), modifier.isEmpty() ? null : modifier,
                            result.getBigDecimal(3), result.getBigDecimal(4)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read reference schedule " + scheduleId, e);
        }
    }

    /** The schedule as the pricing engine reads it. */
    public ReferenceFeeSchedule pricingView(UUID scheduleId) {
        InMemoryReferenceFeeSchedule.Builder builder = InMemoryReferenceFeeSchedule.builder();
        for (ReferenceRow row : rows(scheduleId)) {
            builder.put(row.code(), row.modifier(), row.facilityAmount(), row.nonFacilityAmount());
        }
        return builder.build();
    }

    /** Replaces every row of the schedule, inside the caller's transaction. */
    public void replaceRows(UUID scheduleId, List<ReferenceRow> rows) {
        Panache.getEntityManager().flush();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM reference_schedule_row WHERE schedule_id = ?")) {
                delete.setObject(1, scheduleId);
                delete.executeUpdate();
            }
            StringBuilder text = new StringBuilder(rows.size() * 40);
            for (ReferenceRow row : rows) {
                text.append(scheduleId).append('\t').append(row.code()).append('\t')
                        .append(row.modifier() == null ? "" : row.modifier()).append('\t')
                        .append(plain(row.facilityAmount())).append('\t').append(plain(row.nonFacilityAmount())).append('\n');
            }
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(text.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not write reference schedule " + scheduleId, e);
        }
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "\\N" : amount.toPlainString();
    }
}
