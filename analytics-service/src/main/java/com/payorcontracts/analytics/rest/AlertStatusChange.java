package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.domain.alert.AlertStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The caller's new status of an alert: ACKNOWLEDGED, SNOOZED (until a date after today) or OPEN again. */
@Schema(name = "AlertStatusChange", example = """
        {"status": "SNOOZED", "snoozedUntil": "2099-01-15"}""")
public record AlertStatusChange(AlertStatus status, LocalDate snoozedUntil) {
}
