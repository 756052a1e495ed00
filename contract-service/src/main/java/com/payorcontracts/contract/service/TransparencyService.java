package com.payorcontracts.contract.service;

import com.payorcontracts.contract.client.PayorDirectory;
import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.contract.domain.RateTermsVersion;
import com.payorcontracts.contract.repository.ReferenceScheduleRepository;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.ProblemType;
import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.Escalator;
import com.payorcontracts.pricing.FeeScheduleLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Gathers what a CMS Transparency in Coverage in-network-rates file of one contract needs: the
 * rates in force on a date, escalated to that date, and who the parties are.
 */
@ApplicationScoped
public class TransparencyService {

    private final TermsService terms;
    private final PayorDirectory payors;
    private final ReferenceScheduleRepository referenceSchedules;

    TransparencyService(TermsService terms, PayorDirectory payors, ReferenceScheduleRepository referenceSchedules) {
        this.terms = terms;
        this.payors = payors;
        this.referenceSchedules = referenceSchedules;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InNetworkRatesSource source(UUID contractId, LocalDate asOf) {
        TermsInForce inForce = terms.asOf(contractId, asOf, "asOf");
        Contract contract = inForce.contract();
        if (contract.provider == null || contract.provider.tin == null || contract.provider.name == null) {
            throw ApiException.unprocessable("a transparency file names the provider: set the contract's provider name and TIN first");
        }
        String payorName = payors.name(contract.payorId);
        RateTermsVersion version = inForce.version();
        List<Long> npis = java.util.stream.Stream.of(contract.provider.groupNpi, contract.provider.facilityNpi)
                .filter(java.util.Objects::nonNull).map(Long::valueOf).toList();
        try {
            return new InNetworkRatesSource(payorName, "health insurance issuer", null,
                    LocalDate.ofInstant(contract.updatedAt, ZoneOffset.UTC),
                    new InNetworkRatesSource.ProviderGroup(InNetworkRatesSource.TinType.EIN, contract.provider.tin,
                            contract.provider.name, npis),
                    contract.linesOfBusiness.isEmpty() ? List.of(payorName + " network")
                            : contract.linesOfBusiness.stream().map(lob -> payorName + " " + lob).toList(),
                    contract.expirationDate,
                    contract.provider.billingClass == null ? BillingClass.PROFESSIONAL : contract.provider.billingClass,
                    escalated(inForce.feeSchedule(), version.rules.escalator(), asOf),
                    version.referenceScheduleId == null ? null : referenceSchedules.pricingView(version.referenceScheduleId),
                    null);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "the contract cannot be published as a transparency file: "
                    + e.getMessage(), List.of());
        }
    }

    /** Amounts as they pay on the date: the file states rates in dollars, escalator included. */
    static List<FeeScheduleLine> escalated(List<FeeScheduleLine> lines, Escalator escalator, LocalDate asOf) {
        if (escalator == null) {
            return lines;
        }
        BigDecimal factor = escalator.factor(asOf);
        return lines.stream().map(line -> line.amount() == null || !escalator.appliesTo().contains(line.method()) ? line
                : new FeeScheduleLine(line.code(), line.modifier(), line.billingClass(), line.placeOfService(), line.method(),
                line.amount().multiply(factor).setScale(2, RoundingMode.HALF_UP), line.percent(), line.bundledCodes(),
                line.multipleProcedureEligible(), line.lesserOfPercent())).toList();
    }
}
