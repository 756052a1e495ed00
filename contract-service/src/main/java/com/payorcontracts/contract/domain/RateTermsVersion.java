package com.payorcontracts.contract.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One dated version of a contract's rate terms: the base terms, or an amendment. Its fee-schedule
 * lines are kept apart (see {@code FeeScheduleRepository}) because there may be tens of thousands.
 */
@Entity
@Table(name = "rate_terms")
public class RateTermsVersion extends PanacheEntityBase {

    /** Whether a version is the contract's base terms or an amendment of them. */
    @Schema(name = "RateTermsKind")
    public enum Kind { BASE, AMENDMENT }

    @Id
    public UUID id;

    @Column(name = "contract_id", nullable = false)
    public UUID contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "reference_schedule_id")
    public UUID referenceScheduleId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public RateRules rules;

    /** The expiration date a renewal moved the contract to; null for an amendment that renews nothing. */
    @Column(name = "new_expiration_date")
    public LocalDate newExpirationDate;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected RateTermsVersion() {
    }

    public RateTermsVersion(UUID contractId, Kind kind, String name, String description, LocalDate effectiveFrom,
                            UUID referenceScheduleId, RateRules rules, Instant now) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.kind = kind;
        this.name = name;
        this.description = description;
        this.effectiveFrom = effectiveFrom;
        this.referenceScheduleId = referenceScheduleId;
        this.rules = rules;
        this.createdAt = now;
    }
}
