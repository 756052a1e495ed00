package com.payorcontracts.analytics.domain.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every rule over every fact: the alerts that exist on a day, shown or not yet (see {@link Alert#shownOn}). */
public final class AlertRules {

    private AlertRules() {
    }

    public static List<Alert> all(LocalDate today, Map<UUID, ContractFacts> contracts, Collection<BulletinFacts> bulletins,
                                  Collection<InteractionFacts> interactions, Collection<UnderpaymentFacts> underpayments,
                                  Collection<PaymentFacts> payments, Collection<NegotiationFacts> negotiations,
                                  int proposalAnswerDays, Collection<EndpointFacts> endpoints) {
        List<Alert> alerts = new ArrayList<>();
        for (ContractFacts contract : contracts.values()) {
            ContractExpiring.of(contract).ifPresent(alerts::add);
            alerts.addAll(RenewalNoticeDeadline.of(contract, today));
            alerts.addAll(TerminationNoticeDeadline.of(contract, today));
            alerts.addAll(EscalatorStepDue.of(contract, today));
        }
        bulletins.forEach(b -> BulletinTakingEffect.of(b).ifPresent(alerts::add));
        interactions.forEach(i -> FollowUpDue.of(i).ifPresent(alerts::add));
        for (UnderpaymentFacts underpayment : underpayments) {
            ContractFacts contract = underpayment.contractId() == null ? null : contracts.get(underpayment.contractId());
            AppealDeadline.of(underpayment, contract == null ? null : contract.appealWindowDays()).ifPresent(alerts::add);
            UnderpaymentUntouched.of(underpayment).ifPresent(alerts::add);
        }
        for (PaymentFacts payment : payments) {
            ContractFacts contract = payment.contractId() == null ? null : contracts.get(payment.contractId());
            LatePaymentInterest.of(payment, contract).ifPresent(alerts::add);
        }
        negotiations.forEach(n -> ProposalAwaitingAnswer.of(n, proposalAnswerDays).ifPresent(alerts::add));
        endpoints.forEach(e -> WebhookEndpointDisabled.of(e).ifPresent(alerts::add));
        return alerts;
    }
}
