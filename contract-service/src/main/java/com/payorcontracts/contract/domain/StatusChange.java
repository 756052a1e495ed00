package com.payorcontracts.contract.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One move of a contract from one status to another: who made it (the token's subject), when and why. */
@Entity
@Table(name = "contract_status_change")
public class StatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "contract_id", nullable = false)
    public UUID contractId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ContractStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ContractStatus to;

    public String reason;

    /** The subject of the token that made the change; null on changes made before it was recorded. */
    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    protected StatusChange() {
    }

    public StatusChange(UUID contractId, ContractStatus from, ContractStatus to, String reason, String changedBy, Instant changedAt) {
        this.contractId = contractId;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }
}
