package com.payorcontracts.analytics.domain.alert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A claim's payment timing: received by the payer (or submitted, or the service date), first paid, and how much. */
public record PaymentFacts(UUID claimId, String claimRef, UUID payorId, UUID contractId, LocalDate receivedDate,
                           LocalDate paymentDate, BigDecimal paid) {
}
