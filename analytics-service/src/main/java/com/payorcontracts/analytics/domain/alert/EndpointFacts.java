package com.payorcontracts.analytics.domain.alert;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A webhook endpoint the sender disabled (repeated failures or 410 Gone) and nobody re-enabled:
 * {@code disabledOn} is the day (UTC) it was disabled, {@code reason} why.
 */
public record EndpointFacts(UUID endpointId, String url, String description, LocalDate disabledOn, String reason) {
}
