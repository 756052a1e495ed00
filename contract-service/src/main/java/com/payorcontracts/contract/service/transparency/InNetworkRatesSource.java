package com.payorcontracts.contract.service.transparency;

import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.ReferenceFeeSchedule;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one Transparency in Coverage in-network-rates file is written from: the payor that
 * reports it, the plan (if the file is for one plan), the provider group and the contract's rates.
 *
 * <p>Checks here follow the CMS schema (v2.0), so a source that builds writes a file that
 * validates: e.g. an EIN needs a business name, a plan identified by EIN needs a sponsor name.
 *
 * @param reportingEntityName the payor's legal name
 * @param reportingEntityType e.g. "health insurance issuer", "group health plan", "third-party administrator"
 * @param plan the plan the file is for; null when the file covers several plans, which a
 *     table-of-contents file then lists (the schema makes the plan fields optional as a group)
 * @param lastUpdatedOn when the rates were last changed
 * @param providerGroup the provider (TIN and NPIs) the contract is with
 * @param networkNames the payor's networks the provider is in; at least one
 * @param expirationDate the contract's expiration date; null when it has none (written as 9999-12-31,
 *     as CMS asks). For an evergreen contract pass the day before it renews.
 * @param billingClass how the provider bills; a fee-schedule line with its own billing class keeps it
 * @param lines the fee schedule as priced, escalators and amendments already applied
 * @param referenceFeeSchedule the Medicare schedule PERCENT_OF_MEDICARE lines are a percentage of;
 *     null when unknown (those lines are then reported as a percentage)
 * @param codeDescriptions short description by upper-case code; a code without one is described
 *     by its type and code ("CPT code 99213"); null means none
 */
public record InNetworkRatesSource(
        String reportingEntityName,
        String reportingEntityType,
        ReportingPlan plan,
        LocalDate lastUpdatedOn,
        ProviderGroup providerGroup,
        List<String> networkNames,
        LocalDate expirationDate,
        BillingClass billingClass,
        List<FeeScheduleLine> lines,
        ReferenceFeeSchedule referenceFeeSchedule,
        Map<String, String> codeDescriptions) {

    public InNetworkRatesSource {
        requireText(reportingEntityName, "reportingEntityName");
        requireText(reportingEntityType, "reportingEntityType");
        requireNonNull(lastUpdatedOn, "lastUpdatedOn");
        requireNonNull(providerGroup, "providerGroup");
        requireNonNull(networkNames, "networkNames");
        if (networkNames.isEmpty()) {
            throw new IllegalArgumentException("InNetworkRatesSource.networkNames needs at least one network");
        }
        networkNames.forEach(name -> requireText(name, "networkNames[]"));
        networkNames = List.copyOf(networkNames);
        requireNonNull(billingClass, "billingClass");
        requireNonNull(lines, "lines");
        lines = List.copyOf(lines);
        codeDescriptions = codeDescriptions == null ? Map.of() : Map.copyOf(codeDescriptions);
    }

    /** How a plan is identified: written lower-case, as the schema's enum has it. */
    public enum PlanIdType {
        EIN,
        HIOS
    }

    /** The market a plan is sold in: written lower-case, as the schema's enum has it. */
    public enum PlanMarketType {
        GROUP,
        INDIVIDUAL
    }

    /** What a provider's tax identifier is: an EIN, or an NPI standing in for an SSN (CMS keeps SSNs out). */
    public enum TinType {
        EIN,
        NPI
    }

    /**
     * The one plan a file reports. The schema requires these fields together, and a sponsor
     * name when the plan is identified by EIN.
     *
     * @param planName the plan's name
     * @param issuerName the insurer issuing the plan
     * @param planSponsorName the employer or group sponsoring it; required for {@link PlanIdType#EIN}
     * @param planIdType EIN or HIOS
     * @param planId the 14- or 5-digit HIOS id, or the EIN
     * @param planMarketType group or individual
     */
    public record ReportingPlan(
            String planName,
            String issuerName,
            String planSponsorName,
            PlanIdType planIdType,
            String planId,
            PlanMarketType planMarketType) {

        public ReportingPlan {
            requireText(planName, "plan.planName");
            requireText(issuerName, "plan.issuerName");
            requireNonNull(planIdType, "plan.planIdType");
            requireText(planId, "plan.planId");
            requireNonNull(planMarketType, "plan.planMarketType");
            if (planIdType == PlanIdType.EIN) {
                requireText(planSponsorName, "plan.planSponsorName (required for a plan identified by EIN)");
            } else if (planSponsorName != null) {
                requireText(planSponsorName, "plan.planSponsorName");
            }
        }
    }

    /**
     * The provider the contract is with: one TIN and its individual NPIs.
     *
     * @param tinType EIN, or NPI for a provider who would otherwise report a social security number
     * @param tin nine digits with an optional dash after two (12-3456789) for an EIN; ten digits for an NPI
     * @param businessName the legal business name; required for an EIN
     * @param npis the group's type 1 NPIs, ten digits each; empty when it has none (written as [0],
     *     the schema's marker for that). Duplicates are dropped.
     */
    public record ProviderGroup(TinType tinType, String tin, String businessName, List<Long> npis) {

        private static final Pattern EIN = Pattern.compile("[0-9]{2}-?[0-9]{7}");
        private static final Pattern NPI = Pattern.compile("[1-9][0-9]{9}");
        private static final long SMALLEST_NPI = 1_000_000_000L;
        private static final long LARGEST_NPI = 9_999_999_999L;

        public ProviderGroup {
            requireNonNull(tinType, "providerGroup.tinType");
            requireNonNull(tin, "providerGroup.tin");
            if (tinType == TinType.EIN) {
                if (!EIN.matcher(tin).matches()) {
                    throw new IllegalArgumentException(
                            "InNetworkRatesSource.providerGroup.tin must be an EIN (12-3456789): '" + tin + "'");
                }
                requireText(businessName, "providerGroup.businessName (required for an EIN)");
            } else {
                if (!NPI.matcher(tin).matches()) {
                    throw new IllegalArgumentException(
                            "InNetworkRatesSource.providerGroup.tin must be a ten-digit NPI: '" + tin + "'");
                }
                if (businessName != null) {
                    requireText(businessName, "providerGroup.businessName");
                }
            }
            requireNonNull(npis, "providerGroup.npis");
            Set<Long> unique = new LinkedHashSet<>();
            for (Long npi : npis) {
                if (npi == null || npi < SMALLEST_NPI || npi > LARGEST_NPI) {
                    throw new IllegalArgumentException(
                            "InNetworkRatesSource.providerGroup.npis must hold ten-digit NPIs: " + npi);
                }
                unique.add(npi);
            }
            npis = List.copyOf(unique);
        }
    }

    private static void requireNonNull(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("InNetworkRatesSource." + field + " is required");
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("InNetworkRatesSource." + field + " must not be blank");
        }
    }
}
