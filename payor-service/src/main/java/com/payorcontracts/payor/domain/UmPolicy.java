package com.payorcontracts.payor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payor's utilization-management rule for one CPT/HCPCS code (and modifier) over a period. */
@Entity
@Table(name = "um_policy")
public class UmPolicy extends PayorItem {

    @Column(nullable = false)
    public String code;

    /** Null: the rule holds for the code with any modifier that has no rule of its own. */
    public String modifier;

    @Column(name = "prior_auth_required", nullable = false)
    public boolean priorAuthRequired;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    /** Null: open-ended. */
    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "source_bulletin_id")
    public UUID sourceBulletinId;

    public String notes;

    protected UmPolicy() {
    }

    public UmPolicy(UUID payorId, Instant now) {
        super(payorId, now);
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !effectiveDate.isAfter(to)) && (endDate == null || !endDate.isBefore(from));
    }
}
