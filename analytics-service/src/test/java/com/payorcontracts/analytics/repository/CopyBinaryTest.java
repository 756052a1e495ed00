package com.payorcontracts.analytics.repository;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Binary COPY rows read back by PostgreSQL exactly as meant: amounts to the cent, dates, instants, text. */
@QuarkusTest
class CopyBinaryTest {

    @Inject
    AgroalDataSource dataSource;

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "0.01", "0.5", "0.05", "1", "12.30", "2400.00", "9999.99", "10000", "10000.01",
            "100000000", "12345678.90", "9999999999.99", "-5.25", "-10000.00", "1E+3"})
    void storesEachAmountToTheCent(String amount) throws Exception {
        BigDecimal value = new BigDecimal(amount);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TABLE amounts (amount numeric(14,2)) ON COMMIT DROP");
                new CopyBinary.Rows().row(1).money(value).copyInto(connection, "amounts (amount)");
                try (ResultSet rs = statement.executeQuery("SELECT amount, amount::text FROM amounts")) {
                    rs.next();
                    assertThat(rs.getBigDecimal(1)).isEqualByComparingTo(value);
                    assertThat(rs.getString(2)).isEqualTo(value.setScale(2).toPlainString());
                }
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void storesUuidsDatesInstantsTextAndNullsAsSent() throws Exception {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-26T21:05:03.123456Z");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TABLE copied (id uuid, n int, d date, at timestamptz, t text, missing text) "
                        + "ON COMMIT DROP");
                CopyBinary.Rows rows = new CopyBinary.Rows();
                rows.row(6).uuid(id).int4Value(-7).date(LocalDate.of(1999, 12, 31)).timestamptz(at).text("tab\there, é")
                        .text((String) null);
                rows.row(6).uuid(null).int4Value(99).date(LocalDate.of(2026, 3, 1)).timestamptz(null).text("")
                        .nul();
                rows.copyInto(connection, "copied (id, n, d, at, t, missing)");
                try (ResultSet rs = statement.executeQuery("SELECT id, n, d, at, t, missing FROM copied ORDER BY n")) {
                    rs.next();
                    assertThat(rs.getObject(1, UUID.class)).isEqualTo(id);
                    assertThat(rs.getInt(2)).isEqualTo(-7);
                    assertThat(rs.getObject(3, LocalDate.class)).isEqualTo(LocalDate.of(1999, 12, 31));
                    assertThat(rs.getTimestamp(4).toInstant()).isEqualTo(at);
                    assertThat(rs.getString(5)).isEqualTo("tab\there, é");
                    assertThat(rs.getString(6)).isNull();
                    rs.next();
                    assertThat(rs.getObject(1)).isNull();
                    assertThat(rs.getObject(3, LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 1));
                    assertThat(rs.getObject(4)).isNull();
                    assertThat(rs.getString(5)).isEmpty();
                }
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void refusesAnAmountWithMoreThanTwoDecimalsRatherThanRoundingIt() {
        assertThatThrownBy(() -> new CopyBinary.Rows().row(1).money(new BigDecimal("1.005")))
                .isInstanceOf(ArithmeticException.class);
    }
}
