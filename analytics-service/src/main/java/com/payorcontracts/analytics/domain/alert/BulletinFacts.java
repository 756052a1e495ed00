package com.payorcontracts.analytics.domain.alert;

import java.time.LocalDate;
import java.util.UUID;

/** A payor bulletin as analytics projected it from payor-changed. */
public record BulletinFacts(UUID bulletinId, UUID payorId, String title, LocalDate effectiveDate, boolean removed) {
}
