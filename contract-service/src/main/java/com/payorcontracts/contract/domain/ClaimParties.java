package com.payorcontracts.contract.domain;

import com.payorcontracts.pricing.BillingClass;

import java.time.LocalDate;
import java.util.Set;

/**
 * Who a claim is between, as a billing system knows it (the payor aside): the provider's TIN and/or
 * NPI, the billing class, the line of business if it says, and the date of service. A contract applies
 * to the claim when it is ACTIVE or EXPIRED (a claim may be older than an expiry), prices the date,
 * binds that provider (the TIN when given, an NPI of the group or the facility when given), bills that
 * class (or does not say), and covers the line of business (or lists none, covering all).
 */
public record ClaimParties(String tin, String npi, BillingClass billingClass, String lineOfBusiness,
                           LocalDate dateOfService) {

    private static final Set<ContractStatus> PRICING = Set.of(ContractStatus.ACTIVE, ContractStatus.EXPIRED);

    public ClaimParties {
        if (tin == null && npi == null) {
            throw new IllegalArgumentException("a TIN or an NPI is needed to find the provider's contract");
        }
    }

    /** Whether the contract prices this claim. */
    public boolean appliesTo(Contract contract) {
        ProviderEntity provider = contract.provider;
        if (!PRICING.contains(contract.status) || provider == null || !contract.covers(dateOfService)) {
            return false;
        }
        if (tin != null && !tin.equals(provider.tin)) {
            return false;
        }
        if (npi != null && !npi.equals(provider.groupNpi) && !npi.equals(provider.facilityNpi)) {
            return false;
        }
        if (billingClass != null && provider.billingClass != null && billingClass != provider.billingClass) {
            return false;
        }
        return lineOfBusiness == null || contract.linesOfBusiness.isEmpty() || contract.linesOfBusiness.contains(lineOfBusiness);
    }
}
