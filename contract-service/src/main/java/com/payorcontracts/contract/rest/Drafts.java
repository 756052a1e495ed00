package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.domain.Modifiers;
import com.payorcontracts.contract.domain.RateRules;
import com.payorcontracts.contract.service.AmendmentDraft;
import com.payorcontracts.contract.service.ContractDraft;
import com.payorcontracts.contract.service.RatesDraft;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.pricing.DefaultRule;
import com.payorcontracts.pricing.FeeScheduleLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Turns request bodies into the service's drafts; a line the engine refuses is a 400 naming it. */
final class Drafts {

    private Drafts() {
    }

    static ContractDraft contract(ContractRequest request) {
        RatesDraft rates = new RatesDraft(lines(request.feeSchedule(), "feeSchedule"),
                new RateRules(request.defaultRule() == null ? DefaultRule.notCovered() : request.defaultRule(),
                        request.multipleProcedureReduction(), request.modifierRules(), request.stopLoss(),
                        lesserOf(request.lesserOf(), request.lesserOfPercent()), request.escalator(),
                        request.lesserOfPercent()),
                request.referenceScheduleId());
        return new ContractDraft(request.payorId(), request.name(), request.effectiveDate(), request.expirationDate(),
                request.provider() == null ? null : request.provider().toDomain(),
                request.linesOfBusiness() == null ? List.of() : request.linesOfBusiness().stream().map(Enum::name).toList(),
                Boolean.TRUE.equals(request.autoRenew()), request.renewalNoticeDays(), request.terminationNoticeDays(),
                request.paymentTerms() == null ? null : request.paymentTerms().toDomain(), rates);
    }

    static AmendmentDraft amendment(AmendmentRequest request) {
        if (request.feeSchedule() != null && (request.feeScheduleUpserts() != null || request.feeScheduleRemovals() != null)) {
            throw ApiException.invalidField("feeSchedule",
                    "give either a whole new feeSchedule or feeScheduleUpserts/feeScheduleRemovals, not both");
        }
        return new AmendmentDraft(request.name(), request.description(), request.effectiveDate(), request.referenceScheduleId(),
                request.feeSchedule() == null ? null : lines(request.feeSchedule(), "feeSchedule"),
                request.feeScheduleUpserts() == null ? null : lines(request.feeScheduleUpserts(), "feeScheduleUpserts"),
                request.feeScheduleRemovals() == null ? null
                        : request.feeScheduleRemovals().stream().map(LineKeyDto::toDomain).toList(),
                request.defaultRule(), request.multipleProcedureReduction(), request.modifierRules(), request.stopLoss(),
                request.lesserOf() == null ? null : lesserOf(request.lesserOf(), request.lesserOfPercent()),
                request.lesserOfPercent(), request.escalator(),
                request.clear() == null ? null : request.clear().stream().map(Enum::name).collect(Collectors.toSet()),
                request.newExpirationDate());
    }

    /** Whether a request asks for lesser-of: a percentage asks for it, so {@code lesserOf: false} beside one is a 400. */
    private static boolean lesserOf(Boolean lesserOf, BigDecimal lesserOfPercent) {
        if (Boolean.FALSE.equals(lesserOf) && lesserOfPercent != null) {
            throw ApiException.invalidField("lesserOfPercent", "is only for lesser-of; leave lesserOf out or set it to true");
        }
        return Boolean.TRUE.equals(lesserOf) || lesserOfPercent != null;
    }

    static List<FeeScheduleLine> lines(List<FeeScheduleLineDto> dtos, String field) {
        if (dtos == null) {
            return List.of();
        }
        List<FeeScheduleLine> lines = new ArrayList<>(dtos.size());
        for (int i = 0; i < dtos.size(); i++) {
            if (dtos.get(i).modifier() != null && !Modifiers.isKnown(dtos.get(i).modifier())) {
                throw ApiException.invalidField(field + "[" + i + "].modifier", "'" + dtos.get(i).modifier() + "' is not a known modifier");
            }
            try {
                lines.add(dtos.get(i).toPricing());
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidField(field + "[" + i + "]", e.getMessage());
            }
        }
        return lines;
    }
}
