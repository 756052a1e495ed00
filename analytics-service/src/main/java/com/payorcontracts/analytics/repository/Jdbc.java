package com.payorcontracts.analytics.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Plain JDBC transactions for the bulk paths (COPY, streamed reads on several connections at
 * once), which JTA would pin to one connection. Called inside a JTA transaction (a consumer's
 * {@code @Transactional} service), the work joins it instead, so it commits with the rest.
 */
@ApplicationScoped
public class Jdbc {

    /** Work on one connection inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final AgroalDataSource dataSource;
    private final TransactionManager transactions;

    Jdbc(AgroalDataSource dataSource, TransactionManager transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /**
     * Runs the work in a transaction of its own, committed when it returns, rolled back when it
     * throws; or, inside a JTA transaction, as part of that one (which then commits or rolls back).
     */
    public <T> T inTransaction(Work<T> work) {
        if (inJtaTransaction()) {
            // Agroal hands out the connection enlisted in the transaction; commit belongs to its owner.
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            } catch (SQLException e) {
                throw new DataAccessException(e);
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    private boolean inJtaTransaction() {
        try {
            return transactions.getStatus() == Status.STATUS_ACTIVE;
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection of its own in auto-commit, for reads; the caller closes it. */
    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** A database failure, unchecked; {@link #sqlState()} tells a unique violation (23505) from the rest. */
    public static class DataAccessException extends RuntimeException {
        public DataAccessException(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        public String sqlState() {
            return ((SQLException) getCause()).getSQLState();
        }

        public boolean isUniqueViolation() {
            return "23505".equals(sqlState());
        }
    }
}
