package com.payorcontracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The contract-changed event: contract-service publishes one after every change of a contract,
 * carrying the contract's full terms, every dated version of them, so that a consumer never has to
 * call back. Enumerated values travel as strings (the names in contract-service's API), so a
 * consumer that meets a value it does not know can still read the rest.
 */
public final class ContractChanged {

    /** The CloudEvents {@code type} of version 1. */
    public static final String TYPE_V1 = "com.payorcontracts.contract.changed.v1";

    private ContractChanged() {
    }

    /** What kind of change produced the event; consumers treat every kind the same way. */
    public enum ChangeKind {
        CREATED, UPDATED, STATUS_CHANGED, AMENDED, FEE_SCHEDULE_IMPORTED
    }

    /**
     * Version 1 of the event.
     *
     * @param eventId    unique per event; consumers use it to skip duplicates
     * @param contractId the aggregate, also the Kafka record key
     * @param version    per-contract sequence that only grows; an older version never overwrites a newer one
     * @param occurredAt when the change committed
     * @param kind       what happened
     * @param contract   the full terms after the change
     */
    public record V1(UUID eventId, UUID contractId, long version, Instant occurredAt, ChangeKind kind,
                     ContractTerms contract) {
        public V1 {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(contractId, "contractId");
            Objects.requireNonNull(occurredAt, "occurredAt");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(contract, "contract");
            if (version < 1) {
                throw new IllegalArgumentException("version must be at least 1");
            }
        }
    }

    /**
     * A contract as of the event.
     *
     * @param status         DRAFT, NEGOTIATING, ACTIVE, EXPIRED or TERMINATED
     * @param provider       the provider entity the contract binds; null until known
     * @param renewal        auto-renewal and notice terms; null when not set
     * @param paymentTerms   payment and administrative terms; null when not set
     * @param rateVersions   the reimbursement terms, one entry per effective date, ascending: the base
     *                       terms from {@code effectiveDate}, then one per amendment. The terms in force
     *                       on a date are those of the last entry whose {@code effectiveFrom} is on or before it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContractTerms(UUID payorId, String name, String status, LocalDate effectiveDate,
                                LocalDate expirationDate, ProviderEntity provider, List<String> linesOfBusiness,
                                Renewal renewal, PaymentTerms paymentTerms, List<RateTerms> rateVersions) {
        public ContractTerms {
            linesOfBusiness = linesOfBusiness == null ? List.of() : List.copyOf(linesOfBusiness);
            rateVersions = rateVersions == null ? List.of() : List.copyOf(rateVersions);
        }

        /** The rate terms in force on a date, or null before the first version. */
        public RateTerms ratesAsOf(LocalDate date) {
            RateTerms found = null;
            for (RateTerms version : rateVersions) {
                if (!version.effectiveFrom().isAfter(date)) {
                    found = version;
                }
            }
            return found;
        }
    }

    /**
     * The provider side of the contract.
     *
     * @param billingClass PROFESSIONAL or FACILITY (an ASC bills as FACILITY)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProviderEntity(String name, String tin, String groupNpi, String facilityNpi, String billingClass) {
    }

    /** Evergreen renewal and notice periods. */
    public record Renewal(boolean autoRenew, Integer renewalNoticeDays, Integer terminationWithoutCauseNoticeDays) {
    }

    /** Payment and administrative terms; percentages are annual rates as percentages (e.g. 12 = 12% a year). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PaymentTerms(Integer cleanClaimPaymentDays, BigDecimal lateInterestRatePercent, Integer timelyFilingDays,
                               Integer appealWindowDays) {
    }

    /**
     * Reimbursement terms from a date on. Percentages are percentages (110 = 110%).
     *
     * @param effectiveFrom            first date of service these terms price
     * @param source                   BASE, or the amendment's name
     * @param amendmentId              null for the base terms
     * @param referenceScheduleId      the reference fee schedule PERCENT_OF_MEDICARE lines use, or null
     * @param defaultRule              how unlisted codes are priced
     * @param multipleProcedureReduction null when none
     * @param modifierRules            null when pricing modifiers do not adjust rates
     * @param stopLoss                 null when none
     * @param lesserOf                 each line paid at the lower of its amount and a percentage of its billed charge
     * @param escalator                null when rates do not escalate
     * @param lesserOfPercent          that percentage (80 = 80%); absent means 100, as in events written before it
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RateTerms(LocalDate effectiveFrom, String source, @Schema(nullable = true) UUID amendmentId,
                            @Schema(nullable = true) UUID referenceScheduleId,
                            List<FeeScheduleLine> feeSchedule, @Schema(nullable = true) DefaultRule defaultRule,
                            @Schema(nullable = true) MultipleProcedureReduction multipleProcedureReduction,
                            @Schema(nullable = true) ModifierRules modifierRules,
                            @Schema(nullable = true) StopLoss stopLoss, boolean lesserOf,
                            @Schema(nullable = true) Escalator escalator,
                            @Schema(nullable = true) BigDecimal lesserOfPercent) {
        public RateTerms {
            feeSchedule = feeSchedule == null ? List.of() : List.copyOf(feeSchedule);
        }
    }

    /**
     * One fee-schedule line. {@code method} is FIXED, PERCENT_OF_MEDICARE, PERCENT_OF_CHARGES, PER_DIEM,
     * CASE_RATE, CARVE_OUT_COST_PLUS or NOT_COVERED; {@code amount} (scale 2) for FIXED, PER_DIEM and
     * CASE_RATE, {@code percent} for the percentage methods. {@code lesserOfPercent}, when present, makes
     * the line pay the lesser of its amount and that percentage of its charge, whatever the terms say.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FeeScheduleLine(String code, @Schema(nullable = true) String modifier,
                                  @Schema(nullable = true) String billingClass,
                                  @Schema(nullable = true) String placeOfService,
                                  @Schema(nullable = true) String method, @Schema(nullable = true) BigDecimal amount,
                                  @Schema(nullable = true) BigDecimal percent,
                                  @Schema(nullable = true) List<String> bundledCodes,
                                  boolean multipleProcedureEligible, @Schema(nullable = true) BigDecimal lesserOfPercent) {
        public FeeScheduleLine {
            bundledCodes = bundledCodes == null ? List.of() : List.copyOf(bundledCodes);
        }

        /** A FIXED line, the spine's shape. */
        public static FeeScheduleLine fixed(String code, String modifier, BigDecimal amount) {
            return new FeeScheduleLine(code, modifier, null, null, "FIXED", amount, null, List.of(), false, null);
        }
    }

    /** PERCENT_OF_CHARGES or PERCENT_OF_MEDICARE with its percent, or NOT_COVERED. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DefaultRule(String method, @Schema(nullable = true) BigDecimal percent) {
    }

    /** Percentages by rank (100, 50, 50...; the last repeats) and the codes never reduced. */
    public record MultipleProcedureReduction(List<BigDecimal> percentagesByRank, List<String> exemptCodes) {
    }

    /** Bilateral (modifier 50) percentage and assistant/co-surgeon percentages by modifier. */
    public record ModifierRules(@Schema(nullable = true) BigDecimal bilateralPercent,
                                @Schema(nullable = true) Map<String, BigDecimal> percentByModifier) {
    }

    /** Total billed charges above {@code threshold} pay the whole claim at {@code percent} of charges. */
    public record StopLoss(BigDecimal threshold, BigDecimal percent) {
    }

    /** {@code annualPercent} a year, compounded, from {@code firstAnniversary}, at most {@code years} times. */
    public record Escalator(BigDecimal annualPercent, LocalDate firstAnniversary, int years,
                            @Schema(nullable = true) List<String> appliesTo) {
    }
}
