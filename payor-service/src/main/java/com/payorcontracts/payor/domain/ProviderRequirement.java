package com.payorcontracts.payor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A credentialing or accreditation requirement, or whether the payor's panel is open, over a period. */
@Entity
@Table(name = "provider_requirement")
public class ProviderRequirement extends PayorItem {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequirementKind kind;

    @Column(nullable = false)
    public String description;

    /** Only for {@link RequirementKind#PANEL}: whether the panel takes new providers. */
    @Column(name = "panel_open")
    public Boolean panelOpen;

    /** Null when it applies everywhere. */
    public String state;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    protected ProviderRequirement() {
    }

    public ProviderRequirement(UUID payorId, Instant now) {
        super(payorId, now);
    }
}
