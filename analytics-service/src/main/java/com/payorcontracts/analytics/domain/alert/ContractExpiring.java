package com.payorcontracts.analytics.domain.alert;

import java.util.Optional;

/**
 * An ACTIVE contract that does not renew itself expires on its expiration date: due that day, shown
 * {@code withinDays} before it until the day itself. An evergreen contract renews instead (its
 * renewal and termination notice deadlines are the alerts).
 */
public final class ContractExpiring {

    private ContractExpiring() {
    }

    public static Optional<Alert> of(ContractFacts contract) {
        if (!contract.active() || contract.autoRenew() || contract.expiration() == null) {
            return Optional.empty();
        }
        return Optional.of(new Alert(AlertKind.CONTRACT_EXPIRING, contract.subject(), contract.expiration(), null,
                contract.expiration(), "expires=" + contract.expiration(), null));
    }
}
