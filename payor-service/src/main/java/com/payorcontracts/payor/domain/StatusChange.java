package com.payorcontracts.payor.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One move of a payor through the pipeline: who, when and why. Never changed afterwards. */
@Entity
@Table(name = "payor_status_change")
public class StatusChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "payor_id", nullable = false)
    public UUID payorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    public PayorStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public PayorStatus toStatus;

    @Column(nullable = false)
    public String reason;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    protected StatusChange() {
    }

    public StatusChange(UUID payorId, PayorStatus from, PayorStatus to, String reason, String changedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.payorId = payorId;
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = at;
    }
}
