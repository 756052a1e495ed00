package com.payorcontracts.analytics.domain.alert;

import java.time.LocalDate;
import java.util.UUID;

/** A payor interaction's follow-up as analytics projected it from payor-changed. */
public record InteractionFacts(UUID interactionId, UUID payorId, String kind, LocalDate occurredOn,
                               LocalDate nextFollowUpOn, boolean followUpDone, boolean removed) {
}
