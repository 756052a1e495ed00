package com.payorcontracts.contract.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One code of the provider organization's service catalog, with the organization's own label. */
@Entity
@Table(name = "catalog_code")
public class CatalogCode extends PanacheEntityBase {

    @Id
    public String code;

    /** The organization's own name for the service; never an AMA descriptor. */
    @Column(nullable = false)
    public String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServiceCategory category;

    @Column(name = "expected_annual_volume", nullable = false)
    public int expectedAnnualVolume;

    @Column(name = "implant_heavy", nullable = false)
    public boolean implantHeavy;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    protected CatalogCode() {
    }

    public CatalogCode(String code, String label, ServiceCategory category, int expectedAnnualVolume,
                       boolean implantHeavy, Instant importedAt) {
        this.code = code;
        this.label = label;
        this.category = category;
        this.expectedAnnualVolume = expectedAnnualVolume;
        this.implantHeavy = implantHeavy;
        this.importedAt = importedAt;
    }
}
