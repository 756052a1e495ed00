package com.payorcontracts.platform.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseFailureTest {

    @ParameterizedTest(name = "{0} is {2}")
    @CsvSource(delimiter = '|', value = {
            // SQLSTATE | message                                               | meaning
            "08001      | Connection to 127.0.0.1:5432 refused                   | UNAVAILABLE",
            "08006      | An I/O error occurred while sending to the backend     | UNAVAILABLE",
            "57P01      | terminating connection due to administrator command    | UNAVAILABLE",
            "57P03      | the database system is starting up                     | UNAVAILABLE",
            "53300      | remaining connection slots are reserved                | UNAVAILABLE",
            "           | Acquisition timeout while waiting for new connection   | UNAVAILABLE",
            "23505      | duplicate key value violates unique constraint         | CONFLICT",
            "40001      | could not serialize access                             | CONFLICT",
            "40P01      | deadlock detected                                      | CONFLICT",
            "22021      | invalid byte sequence for encoding UTF8: 0x00          | REFUSED_VALUE",
            "22003      | numeric field overflow                                 | REFUSED_VALUE",
            "42P01      | relation does not exist                                | OTHER",
            "           | something else                                         | OTHER"})
    void readsWhatAnSqlStateMeansToTheClient(String state, String message, DatabaseFailure meaning) {
        assertThat(DatabaseFailure.of(new SQLException(message, state))).isEqualTo(meaning);
    }

    @Test
    void findsTheMeaningDeepInTheCauseChain() {
        Exception wrapped = new IllegalStateException("commit failed",
                new PersistenceException("could not execute statement", new SQLException("duplicate key", "23505")));
        assertThat(DatabaseFailure.of(wrapped)).isEqualTo(DatabaseFailure.CONFLICT);
        assertThat(DatabaseFailure.of(new RuntimeException(new ConnectException("Connection refused"))))
                .isEqualTo(DatabaseFailure.UNAVAILABLE);
        assertThat(DatabaseFailure.of(new OptimisticLockException("Row was updated or deleted by another transaction")))
                .isEqualTo(DatabaseFailure.CONFLICT);
        assertThat(DatabaseFailure.of(new NullPointerException())).isEqualTo(DatabaseFailure.OTHER);
        Exception commit = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("An I/O error occurred while sending to the backend", "08006"));
        assertThat(DatabaseFailure.of(commit)).isEqualTo(DatabaseFailure.UNAVAILABLE);
    }

    @Test
    void findsTheMeaningInsideASuppressedFailuresOwnCauses() {
        // As Narayana and Agroal report a commit that PostgreSQL's shutdown cut off (DatabaseOutageIT saw it answer 500).
        Exception rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new IllegalStateException("Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        assertThat(DatabaseFailure.of(new RuntimeException("Error invoking subclass method", rollback)))
                .isEqualTo(DatabaseFailure.UNAVAILABLE);
        Exception other = new IllegalStateException("commit failed");
        other.addSuppressed(new IllegalStateException("cleanup failed", new NullPointerException()));
        assertThat(DatabaseFailure.of(other)).isEqualTo(DatabaseFailure.OTHER);
    }
}
