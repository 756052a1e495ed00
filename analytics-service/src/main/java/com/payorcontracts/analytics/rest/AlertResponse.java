package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.domain.alert.Alert;
import com.payorcontracts.analytics.domain.alert.AlertKind;
import com.payorcontracts.analytics.domain.alert.AlertStatus;
import com.payorcontracts.analytics.domain.alert.Severity;
import com.payorcontracts.analytics.domain.alert.Subject;
import com.payorcontracts.analytics.service.AlertService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One alert as the caller sees it.
 *
 * @param id           stable fingerprint of kind, subject, due date and the facts behind it
 * @param daysLeft     days from today (UTC) to the due date; negative when overdue
 * @param subjectType  contract, bulletin, interaction, underpayment, claim, negotiation or webhook-endpoint
 * @param subjectLabel the contract's name, the bulletin's title, the claim id and code, ...
 * @param amount       interest owed (late payment) or the line's shortfall (underpayment), USD scale 2; else null
 * @param facts        the facts the alert rests on; when they change, so does the id
 * @param link         the API path of the subject
 * @param status       the caller's status of the alert; {@code snoozedUntil} while SNOOZED
 */
public record AlertResponse(String id, AlertKind kind, @Schema(nullable = true) LocalDate dueDate, long daysLeft,
                            Severity severity,
                            @Schema(nullable = true) UUID payorId, @Schema(nullable = true) String payorName,
                            @Schema(nullable = true) UUID contractId, @Schema(nullable = true) String contractName,
                            String subjectType,
                            @Schema(nullable = true) String subjectId, @Schema(nullable = true) String subjectLabel,
                            @Schema(nullable = true) BigDecimal amount, @Schema(nullable = true) String facts,
                            @Schema(nullable = true) String link,
                            AlertStatus status, @Schema(nullable = true) LocalDate snoozedUntil) {

    static AlertResponse of(AlertService.Item item) {
        Alert alert = item.alert();
        Subject subject = alert.subject();
        return new AlertResponse(item.id(), alert.kind(), alert.dueDate(), alert.daysLeft(item.today()),
                alert.severity(item.today()), subject.payorId(), item.payorName(), subject.contractId(),
                item.contractName(), subject.type(), subject.id(), subject.label(), alert.amount(), alert.facts(),
                subject.link(), item.status(), item.snoozedUntil());
    }
}
