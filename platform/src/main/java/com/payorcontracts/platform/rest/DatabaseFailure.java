package com.payorcontracts.platform.rest;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * What a database exception means to a client, read from its cause chain: the database is away or
 * busy (503, try again shortly), another writer got there first (409, or 412 under If-Match), a value
 * the database refuses (400), or none of these.
 */
public enum DatabaseFailure {
    /** The database cannot be reached, is restarting, or no pooled connection came in time. */
    UNAVAILABLE,
    /** A concurrent change won: optimistic-lock version, unique key, serialization failure, deadlock. */
    CONFLICT,
    /** A value got past validation that the database refuses (too long, out of range, bad encoding). */
    REFUSED_VALUE,
    /** Not a database failure we know how to explain. */
    OTHER;

    // Hibernate and JPA name the optimistic-lock failure differently depending on where it fires.
    private static final java.util.Set<String> STALE = java.util.Set.of(
            "jakarta.persistence.OptimisticLockException",
            "org.hibernate.StaleStateException",
            "org.hibernate.StaleObjectStateException",
            "org.hibernate.dialect.lock.OptimisticEntityLockException");

    /** The first meaning found along the cause chain, nearest first. */
    public static DatabaseFailure of(Throwable e) {
        return of(e, 0);
    }

    private static DatabaseFailure of(Throwable e, int nesting) {
        int depth = 0;
        for (Throwable cause = e; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            DatabaseFailure failure = one(cause);
            // A transaction manager may attach the resource's failure as suppressed rather than as cause,
            // and wrapped: a commit refused because PostgreSQL is shutting down arrives as a RollbackException
            // with a suppressed XAException caused by the PSQLException (57P01) that says so.
            for (int i = 0; failure == OTHER && nesting < 3 && i < cause.getSuppressed().length; i++) {
                failure = of(cause.getSuppressed()[i], nesting + 1);
            }
            if (failure != OTHER) {
                return failure;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return OTHER;
    }

    private static DatabaseFailure one(Throwable e) {
        if (STALE.contains(e.getClass().getName())) {
            return CONFLICT;
        }
        if (e instanceof ConnectException || e instanceof SQLTransientConnectionException) {
            return UNAVAILABLE;
        }
        if (e instanceof SQLException sql) {
            return ofSqlState(sql.getSQLState(), sql.getMessage());
        }
        return OTHER;
    }

    /** The meaning of a PostgreSQL SQLSTATE (Appendix A of its manual), or of Agroal's timeout message. */
    static DatabaseFailure ofSqlState(String state, String message) {
        if (state == null) {
            // Agroal's pool says "Acquisition timeout while waiting for new connection" and sets no state.
            return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout") ? UNAVAILABLE : OTHER;
        }
        if (state.startsWith("08") // connection exception
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03") // shutdown, crash, starting up
                || state.equals("53300") // too many connections
                || state.equals("57014")) { // statement timeout or cancelled
            return UNAVAILABLE;
        }
        if (state.equals("23505") || state.equals("23503") // unique key, foreign key (a concurrent delete)
                || state.equals("40001") || state.equals("40P01") || state.equals("55P03")) { // serialization, deadlock, lock
            return CONFLICT;
        }
        if (state.startsWith("22") || state.equals("23514")) { // data exception, check constraint
            return REFUSED_VALUE;
        }
        return OTHER;
    }
}
