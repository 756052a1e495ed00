package com.payorcontracts.analytics.domain.alert;

import java.util.Optional;

/**
 * A webhook endpoint the sender disabled after repeated failures or a 410: integrators get nothing
 * until someone fixes the receiver and re-enables it, so it is due, and shown whatever the look-ahead,
 * from the day it was disabled until it is enabled again. An endpoint disabled by request is no alert.
 */
public final class WebhookEndpointDisabled {

    private WebhookEndpointDisabled() {
    }

    public static Optional<Alert> of(EndpointFacts endpoint) {
        if (endpoint.disabledOn() == null) {
            return Optional.empty();
        }
        String label = endpoint.description() == null || endpoint.description().isBlank() ? endpoint.url()
                : endpoint.description() + " (" + endpoint.url() + ")";
        Subject subject = new Subject("webhook-endpoint", endpoint.endpointId().toString(), label, null, null);
        return Optional.of(new Alert(AlertKind.WEBHOOK_ENDPOINT_DISABLED, subject, endpoint.disabledOn(),
                endpoint.disabledOn(), null, "disabledOn=" + endpoint.disabledOn() + ";reason=" + endpoint.reason(), null));
    }
}
