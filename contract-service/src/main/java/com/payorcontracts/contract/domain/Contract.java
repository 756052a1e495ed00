package com.payorcontracts.contract.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A payor contract and its terms. */
@Entity
@Table(name = "contract")
public class Contract extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "payor_id", nullable = false)
    public UUID payorId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractStatus status;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(name = "expiration_date", nullable = false)
    public LocalDate expirationDate;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "fee_schedule_line", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "line_no")
    public List<FeeScheduleLine> feeSchedule = new ArrayList<>();

    /** Version of the last contract-changed event; see {@link #recordChange}. */
    @Column(name = "event_version", nullable = false)
    public long eventVersion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    protected Contract() {
    }

    public Contract(UUID payorId, String name, LocalDate effectiveDate, LocalDate expirationDate,
                    List<FeeScheduleLine> feeSchedule, Instant now) {
        this.id = UUID.randomUUID();
        this.payorId = payorId;
        this.status = ContractStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
        replaceTerms(name, effectiveDate, expirationDate, feeSchedule);
    }

    public void replaceTerms(String name, LocalDate effectiveDate, LocalDate expirationDate, List<FeeScheduleLine> lines) {
        this.name = name;
        this.effectiveDate = effectiveDate;
        this.expirationDate = expirationDate;
        this.feeSchedule.clear();
        this.feeSchedule.addAll(lines);
    }

    /** Every change moves the event version on by one, so consumers can order what they receive. */
    public long recordChange(Instant now) {
        this.updatedAt = now;
        return ++eventVersion;
    }
}
