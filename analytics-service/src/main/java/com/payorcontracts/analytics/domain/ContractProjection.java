package com.payorcontracts.analytics.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * analytics' copy of a contract as of the newest contract-changed event it has applied.
 * Written only by {@link com.payorcontracts.analytics.repository.ContractProjectionRepository#upsert}.
 */
@Entity
@Table(name = "contract_projection")
public class ContractProjection extends PanacheEntityBase {

    @Id
    @Column(name = "contract_id")
    public UUID contractId;

    public long version;

    @Column(name = "payor_id")
    public UUID payorId;

    public String name;

    public String status;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    @Column(name = "expiration_date")
    public LocalDate expirationDate;

    /** The terms exactly as the event carried them, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String terms;

    @Column(name = "last_event_id")
    public UUID lastEventId;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "projected_at")
    public Instant projectedAt;
}
