package com.payorcontracts.analytics.domain.alert;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A negotiation as analytics projected it from negotiation-changed: its status and who made its latest
 * proposal (US or PAYOR), which round, and the day (UTC) that proposal was made.
 */
public record NegotiationFacts(UUID negotiationId, UUID contractId, UUID payorId, String name, String status,
                               int round, String latestFrom, LocalDate proposedOn) {
}
