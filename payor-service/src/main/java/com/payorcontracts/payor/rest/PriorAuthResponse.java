package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.UmPolicy;
import com.payorcontracts.payor.service.PolicyService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Whether each asked code needs prior authorization with the payor on the date. */
public record PriorAuthResponse(UUID payorId, LocalDate date, List<CodeAnswer> codes) {

    /** One code's answer; {@code priorAuthRequired} is null when the payor has no rule on file for it. */
    public record CodeAnswer(String code, @Schema(nullable = true) String modifier,
                             @Schema(nullable = true, description = "true or false per the policy in force; null when no policy is on file")
                             Boolean priorAuthRequired,
                             @Schema(nullable = true) UUID policyId, @Schema(nullable = true) LocalDate effectiveDate,
                             @Schema(nullable = true) LocalDate endDate, @Schema(nullable = true) UUID sourceBulletinId) {
    }

    static PriorAuthResponse of(UUID payorId, PolicyService.PriorAuthAnswers found) {
        return new PriorAuthResponse(payorId, found.date(), found.answers().stream().map(answer -> {
            UmPolicy p = answer.policy().orElse(null);
            return p == null
                    ? new CodeAnswer(answer.query().code(), answer.query().modifier(), null, null, null, null, null)
                    : new CodeAnswer(answer.query().code(), answer.query().modifier(), p.priorAuthRequired, p.id,
                    p.effectiveDate, p.endDate, p.sourceBulletinId);
        }).toList());
    }
}
