package com.payorcontracts.contract.messaging;

import com.payorcontracts.contract.config.TopicsConfig;
import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.contract.domain.PaymentTerms;
import com.payorcontracts.contract.domain.ProviderEntity;
import com.payorcontracts.contract.domain.RateRules;
import com.payorcontracts.contract.domain.RateTermsVersion;
import com.payorcontracts.contract.repository.FeeScheduleRepository;
import com.payorcontracts.contract.repository.RateTermsRepository;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.events.EventCodec;
import com.payorcontracts.platform.messaging.Outbox;
import com.payorcontracts.platform.messaging.OutboxMessage;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.RateMethod;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Turns a contract change into a contract-changed event in the outbox, inside the change's
 * transaction. The event carries the whole contract: every version of its rate terms with their
 * fee schedules, so a consumer needs nothing else to price a claim of any date.
 */
@ApplicationScoped
public class ContractEvents {

    private final Outbox outbox;
    private final TopicsConfig topics;
    private final RateTermsRepository versions;
    private final FeeScheduleRepository feeSchedules;

    ContractEvents(Outbox outbox, TopicsConfig topics, RateTermsRepository versions, FeeScheduleRepository feeSchedules) {
        this.outbox = outbox;
        this.topics = topics;
        this.versions = versions;
        this.feeSchedules = feeSchedules;
    }

    public ContractChanged.V1 changed(Contract contract, ContractChanged.ChangeKind kind, Instant now) {
        long version = contract.recordChange(now);
        ContractChanged.V1 event = new ContractChanged.V1(UUID.randomUUID(), contract.id, version, now, kind, termsOf(contract));
        outbox.append(new OutboxMessage(event.eventId(), topics.contractChanged(), contract.id.toString(),
                ContractChanged.TYPE_V1, EventCodec.encode(event), Map.of()), now);
        return event;
    }

    private ContractChanged.ContractTerms termsOf(Contract contract) {
        List<ContractChanged.RateTerms> rates = versions.versions(contract.id).stream()
                .map(v -> rateTerms(v, feeSchedules.lines(v.id)))
                .toList();
        return new ContractChanged.ContractTerms(contract.payorId, contract.name, contract.status.name(),
                contract.effectiveDate, contract.expirationDate, provider(contract.provider), contract.linesOfBusiness,
                new ContractChanged.Renewal(contract.autoRenew, contract.renewalNoticeDays, contract.terminationNoticeDays),
                paymentTerms(contract.paymentTerms), rates);
    }

    static ContractChanged.RateTerms rateTerms(RateTermsVersion version, List<FeeScheduleLine> lines) {
        RateRules rules = version.rules;
        return new ContractChanged.RateTerms(version.effectiveFrom,
                version.kind == RateTermsVersion.Kind.BASE ? "BASE" : version.name,
                version.kind == RateTermsVersion.Kind.BASE ? null : version.id, version.referenceScheduleId,
                lines.stream().map(ContractEvents::line).toList(),
                new ContractChanged.DefaultRule(rules.defaultRule().method().name(), rules.defaultRule().percent()),
                rules.multipleProcedureReduction() == null ? null : new ContractChanged.MultipleProcedureReduction(
                        rules.multipleProcedureReduction().percentagesByRank(),
                        List.copyOf(rules.multipleProcedureReduction().exemptCodes())),
                rules.modifierRules() == null ? null : new ContractChanged.ModifierRules(
                        rules.modifierRules().bilateralPercent(), new TreeMap<>(rules.modifierRules().percentByModifier())),
                rules.stopLoss() == null ? null
                        : new ContractChanged.StopLoss(rules.stopLoss().threshold(), rules.stopLoss().percent()),
                rules.lesserOf(),
                rules.escalator() == null ? null : new ContractChanged.Escalator(rules.escalator().annualPercent(),
                        rules.escalator().firstAnniversary(), rules.escalator().years(),
                        rules.escalator().appliesTo().stream().map(RateMethod::name).sorted().toList()),
                rules.lesserOfPercent());
    }

    private static ContractChanged.FeeScheduleLine line(FeeScheduleLine line) {
        return new ContractChanged.FeeScheduleLine(line.code(), line.modifier(),
                line.billingClass() == null ? null : line.billingClass().name(), line.placeOfService(),
                line.method().name(), line.amount(), line.percent(), line.bundledCodes().stream().sorted().toList(),
                line.multipleProcedureEligible(), line.lesserOfPercent());
    }

    private static ContractChanged.ProviderEntity provider(ProviderEntity provider) {
        return provider == null ? null : new ContractChanged.ProviderEntity(provider.name, provider.tin, provider.groupNpi,
                provider.facilityNpi, provider.billingClass == null ? null : provider.billingClass.name());
    }

    private static ContractChanged.PaymentTerms paymentTerms(PaymentTerms terms) {
        return terms == null ? null : new ContractChanged.PaymentTerms(terms.cleanClaimPaymentDays,
                terms.lateInterestRatePercent, terms.timelyFilingDays, terms.appealWindowDays);
    }
}
