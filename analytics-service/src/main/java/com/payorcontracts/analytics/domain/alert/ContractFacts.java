package com.payorcontracts.analytics.domain.alert;

import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.pricing.RenewalTerms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What the contract alerts read of a projected contract: its dates, renewal and notice terms, payment
 * terms, and each rate version's escalator with the dates that version is in force.
 */
public record ContractFacts(UUID contractId, UUID payorId, String name, String status, LocalDate effective,
                            LocalDate expiration, boolean autoRenew, Integer renewalNoticeDays,
                            Integer terminationNoticeDays, Integer cleanClaimDays, BigDecimal lateInterestPercent,
                            Integer appealWindowDays, List<EscalatorSpan> escalators) {

    public ContractFacts {
        escalators = escalators == null ? List.of() : List.copyOf(escalators);
    }

    /** One rate version's escalator, in force from {@code from} to {@code to} (null: open-ended). */
    public record EscalatorSpan(LocalDate from, LocalDate to, BigDecimal annualPercent, LocalDate firstAnniversary,
                                int years) {
    }

    /** The facts of a contract's terms as contract-changed carried them. */
    public static ContractFacts of(UUID contractId, ContractChanged.ContractTerms terms) {
        ContractChanged.Renewal renewal = terms.renewal();
        ContractChanged.PaymentTerms payment = terms.paymentTerms();
        List<ContractChanged.RateTerms> versions = new ArrayList<>(terms.rateVersions());
        versions.sort(Comparator.comparing(ContractChanged.RateTerms::effectiveFrom));
        List<EscalatorSpan> escalators = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            ContractChanged.Escalator escalator = versions.get(i).escalator();
            if (escalator != null && escalator.annualPercent() != null && escalator.firstAnniversary() != null) {
                LocalDate to = i + 1 < versions.size() ? versions.get(i + 1).effectiveFrom().minusDays(1) : null;
                escalators.add(new EscalatorSpan(versions.get(i).effectiveFrom(), to, escalator.annualPercent(),
                        escalator.firstAnniversary(), escalator.years()));
            }
        }
        return new ContractFacts(contractId, terms.payorId(), terms.name(), terms.status(), terms.effectiveDate(),
                terms.expirationDate(), renewal != null && renewal.autoRenew(),
                renewal == null ? null : renewal.renewalNoticeDays(),
                renewal == null ? null : renewal.terminationWithoutCauseNoticeDays(),
                payment == null ? null : payment.cleanClaimPaymentDays(),
                payment == null ? null : payment.lateInterestRatePercent(),
                payment == null ? null : payment.appealWindowDays(), escalators);
    }

    /** Only an ACTIVE contract raises contract alerts: a draft has no deadlines yet, an ended one none left. */
    public boolean active() {
        return "ACTIVE".equals(status);
    }

    /** Its term and renewal periods ({@code pricing}'s one rule for them); null when its dates are unusable. */
    public RenewalTerms renewalTerms() {
        if (effective == null || expiration == null || expiration.isBefore(effective)) {
            return null;
        }
        return new RenewalTerms(effective, expiration, autoRenew, renewalNoticeDays, terminationNoticeDays);
    }

    Subject subject() {
        return new Subject("contract", contractId.toString(), name, payorId, contractId);
    }
}
