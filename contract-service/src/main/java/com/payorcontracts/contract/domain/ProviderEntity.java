package com.payorcontracts.contract.domain;

import com.payorcontracts.pricing.BillingClass;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The provider side of a contract: who bills under it. */
@Embeddable
public class ProviderEntity {

    @Column(name = "provider_name")
    public String name;

    @Column(name = "provider_tin")
    public String tin;

    @Column(name = "provider_group_npi")
    public String groupNpi;

    @Column(name = "provider_facility_npi")
    public String facilityNpi;

    /** PROFESSIONAL for a physician group, FACILITY for a hospital or ASC. */
    @Enumerated(EnumType.STRING)
    @Column(name = "billing_class")
    public BillingClass billingClass;

    protected ProviderEntity() {
    }

    public ProviderEntity(String name, String tin, String groupNpi, String facilityNpi, BillingClass billingClass) {
        this.name = name;
        this.tin = tin;
        this.groupNpi = groupNpi;
        this.facilityNpi = facilityNpi;
        this.billingClass = billingClass;
    }
}
