package com.payorcontracts.contract.domain;

import com.payorcontracts.platform.domain.AuditedEntity;
import com.payorcontracts.pricing.ContractPeriod;
import com.payorcontracts.pricing.RenewalTerms;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A payor contract: parties, dates, renewal and payment terms. Its rates are in {@link RateTermsVersion}s. */
@Entity
@Table(name = "contract")
public class Contract extends AuditedEntity {

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

    @Embedded
    public ProviderEntity provider;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "lines_of_business", nullable = false)
    public List<String> linesOfBusiness = new ArrayList<>();

    /** Evergreen: renews itself at expiration unless a party gives notice. */
    @Column(name = "auto_renew", nullable = false)
    public boolean autoRenew;

    @Column(name = "renewal_notice_days")
    public Integer renewalNoticeDays;

    @Column(name = "termination_notice_days")
    public Integer terminationNoticeDays;

    @Embedded
    public PaymentTerms paymentTerms;

    /** Version of the last contract-changed event; see {@link #recordChange}. */
    @Column(name = "event_version", nullable = false)
    public long eventVersion;

    protected Contract() {
    }

    public Contract(UUID payorId, Instant now) {
        super(now);
        this.id = UUID.randomUUID();
        this.payorId = payorId;
        this.status = ContractStatus.DRAFT;
    }

    /** Every change moves the event version on by one, so consumers can order what they receive. */
    public long recordChange(Instant now) {
        this.updatedAt = now;
        return ++eventVersion;
    }

    /** Whether a date of service falls within the contract's term or, while it renews itself, a renewal period. */
    public boolean covers(LocalDate date) {
        return pricedPeriod().contains(date);
    }

    /** The dates of service the contract prices: no last date while an evergreen contract runs on. */
    public ContractPeriod pricedPeriod() {
        return renewalTerms().pricedPeriod(ended());
    }

    /** The term, renewal periods and notice days, for the engine's calendar. */
    public RenewalTerms renewalTerms() {
        return new RenewalTerms(effectiveDate, expirationDate, autoRenew, renewalNoticeDays, terminationNoticeDays);
    }

    /** Whether the contract stopped renewing itself: an EXPIRED or TERMINATED contract prices only its stated term. */
    public boolean ended() {
        return status == ContractStatus.EXPIRED || status == ContractStatus.TERMINATED;
    }
}
