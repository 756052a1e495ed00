package com.payorcontracts.analytics.domain.alert;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Something that needs attention by a date. It is shown from {@code shownFrom} (null: {@code withinDays}
 * before the due date) to {@code shownUntil} (null: for as long as its facts hold, overdue included).
 * Its id is a fingerprint of kind, subject, due date and facts: the same facts give the same id on any
 * day and replica, and changed facts give another id, so what a user did with the old one no longer applies.
 *
 * @param facts  the facts the alert rests on, in a fixed textual form (part of the fingerprint)
 * @param amount money the alert is about (interest owed, the line's shortfall), scale 2; null when none
 */
public record Alert(AlertKind kind, Subject subject, LocalDate dueDate, LocalDate shownFrom, LocalDate shownUntil,
                    String facts, BigDecimal amount) {

    /** The stable id: {@code al-} and the first 20 hex digits of SHA-256 over kind, subject, due date and facts. */
    public String id() {
        String key = kind + "|" + subject.type() + "|" + subject.id() + "|" + dueDate + "|" + facts;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "al-" + HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the alert shows on {@code today} when looking {@code withinDays} ahead. */
    public boolean shownOn(LocalDate today, int withinDays) {
        LocalDate from = shownFrom != null ? shownFrom : dueDate.minusDays(withinDays);
        return !today.isBefore(from) && (shownUntil == null || !today.isAfter(shownUntil));
    }

    /** Days from today to the due date; negative once overdue. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueDate);
    }

    public Severity severity(LocalDate today) {
        return Severity.forDaysLeft(daysLeft(today));
    }
}
