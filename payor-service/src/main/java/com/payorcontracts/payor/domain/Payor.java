package com.payorcontracts.payor.domain;

import com.payorcontracts.platform.domain.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An insurer the provider contracts with, or might. */
@Entity
@Table(name = "payor")
public class Payor extends AuditedEntity {

    @Id
    public UUID id;

    /** Display name. */
    @Column(nullable = false)
    public String name;

    @Column(name = "legal_name")
    public String legalName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PayorType type;

    @Column(name = "parent_organization")
    public String parentOrganization;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "edi_payer_ids", nullable = false)
    public List<EdiPayerId> ediPayerIds = new ArrayList<>();

    @Column(name = "portal_url")
    public String portalUrl;

    public String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PayorStatus status;

    /** Set when archived; payors are never deleted because contracts elsewhere may name them. */
    @Column(name = "archived_at")
    public Instant archivedAt;

    // Only ever changed by PayorRepository.nextEventVersion, so events leave the ETag alone.
    @Column(name = "event_version", nullable = false, updatable = false)
    public long eventVersion;

    /** Lower-case display and legal name, computed by PostgreSQL; only searched, never written. */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    protected Payor() {
    }

    public Payor(PayorProfile profile, Instant now) {
        super(now);
        this.id = UUID.randomUUID();
        this.status = PayorStatus.PROSPECT;
        // The CREATED event is version 1; later events bump the column in the database.
        this.eventVersion = 1;
        replaceProfile(profile, now);
    }

    public void replaceProfile(PayorProfile profile, Instant now) {
        this.name = profile.name();
        this.legalName = profile.legalName();
        this.type = profile.type();
        this.parentOrganization = profile.parentOrganization();
        this.ediPayerIds = new ArrayList<>(profile.ediPayerIds());
        this.portalUrl = profile.portalUrl();
        this.notes = profile.notes();
        this.updatedAt = now;
    }

    public PayorProfile profile() {
        return new PayorProfile(name, legalName, type, parentOrganization, List.copyOf(ediPayerIds), portalUrl, notes);
    }

    public boolean archived() {
        return archivedAt != null;
    }
}
