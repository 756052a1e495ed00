package com.payorcontracts.contract.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The least the organization accepts for a code (a walk-away rate): organization-wide, or for one
 * payor, overriding the organization's floor. Seen only by contract managers and admins.
 */
@Entity
@Table(name = "walk_away_floor")
public class WalkAwayFloor extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Null for the organization-wide floor. */
    @Column(name = "payor_id")
    public UUID payorId;

    @Column(nullable = false)
    public String code;

    /** USD, scale 2. */
    @Column(nullable = false)
    public BigDecimal amount;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    /** Last day in force; null while open-ended. */
    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected WalkAwayFloor() {
    }

    public WalkAwayFloor(UUID payorId, String code, BigDecimal amount, LocalDate effectiveFrom, LocalDate effectiveTo,
                         String reason, Instant now) {
        this.id = UUID.randomUUID();
        this.payorId = payorId;
        this.code = code;
        this.amount = amount;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        this.reason = reason;
        this.createdAt = now;
    }

    /** Whether the floor is in force on the date. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** Whether the floor's dates share a day with {@code from..to} (to null: open-ended). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !to.isBefore(effectiveFrom)) && (effectiveTo == null || !effectiveTo.isBefore(from));
    }
}
