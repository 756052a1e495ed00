package com.payorcontracts.analytics.service;

import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.ProblemDetail.FieldError;
import com.payorcontracts.platform.rest.ProblemType;
import com.payorcontracts.x12.remittance.Adjustment;
import com.payorcontracts.x12.remittance.AdjustmentGroup;
import com.payorcontracts.x12.remittance.Amount;
import com.payorcontracts.x12.remittance.BalanceCheck;
import com.payorcontracts.x12.remittance.BalanceViolation;
import com.payorcontracts.x12.remittance.ClaimDates;
import com.payorcontracts.x12.remittance.ClaimPayment;
import com.payorcontracts.x12.remittance.Envelope;
import com.payorcontracts.x12.remittance.Party;
import com.payorcontracts.x12.remittance.Payment;
import com.payorcontracts.x12.remittance.Procedure;
import com.payorcontracts.x12.remittance.RemittanceAdvice;
import com.payorcontracts.x12.remittance.ServiceLine;
import com.payorcontracts.x12.remittance.Trace;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A remittance as JSON, shaped like one 835 transaction; it must balance like one (line charge −
 * adjustments = paid, and so on). Amounts of a reversal (status 22) carry the opposite sign.
 */
@Schema(example = """
        {"payorId": "3f1c2a9e-8d7b-4c1a-9f00-2b5e6d7c8a90", "payerName": "Cascade Mutual Health", "payerId": "CMH01",
         "traceNumber": "EFT-20260420-01", "paymentDate": "2026-04-20",
         "claims": [{"claimId": "PCN-2026-000187", "payerClaimId": "CMH-7781", "status": "1", "charge": 2400.00,
                     "paid": 668.00, "receivedDate": "2026-03-05",
                     "lines": [{"code": "64483", "modifiers": ["50"], "charge": 2400.00, "paid": 668.00,
                                "dateOfService": "2026-03-01",
                                "adjustments": [{"group": "CO", "reason": "45", "amount": 1732.00}]}]}]}""")
public record RemittanceInput(
        UUID payorId,
        @Schema(example = "Cascade Mutual Health") String payerName,
        @Schema(description = "the payer's id, e.g. its EDI payer id", example = "CMH01") String payerId,
        @Schema(description = "the check or EFT trace number (TRN02); with payerId, the payment's natural key") String traceNumber,
        LocalDate paymentDate,
        @Schema(description = "omitted: the sum of the claims' paid amounts") BigDecimal totalPaid,
        List<ClaimIn> claims) {

    /** One adjudicated claim (CLP). */
    public record ClaimIn(@Schema(description = "the provider's claim id (CLP01)") String claimId,
                          @Schema(description = "the payer's claim number (CLP07)") String payerClaimId,
                          @Schema(description = "1 primary, 2 secondary, 4 denied, 22 reversal", example = "1") String status,
                          BigDecimal charge, BigDecimal paid, BigDecimal patientResponsibility, LocalDate receivedDate,
                          List<AdjustmentIn> adjustments, List<LineIn> lines) {
    }

    /** One adjudicated service line (SVC). */
    public record LineIn(String code, List<String> modifiers, BigDecimal units, BigDecimal charge, BigDecimal paid,
                         BigDecimal allowed, LocalDate dateOfService, List<AdjustmentIn> adjustments) {
    }

    /** One CAS triplet: group CO, PR, OA, PI or CR, CARC reason, amount (positive reduces the payment). */
    public record AdjustmentIn(String group, String reason, BigDecimal amount, BigDecimal quantity) {
    }

    /** The remittance as the x12 reader would have read it; 400 naming every bad field, 422 if it does not balance. */
    RemittanceAdvice toAdvice() {
        List<FieldError> errors = new ArrayList<>();
        Map<Integer, String> paths = new HashMap<>();
        int[] position = {1};
        require(payerId, "payerId", errors);
        require(traceNumber, "traceNumber", errors);
        require(paymentDate, "paymentDate", errors);
        List<ClaimPayment> claimPayments = new ArrayList<>();
        if (claims == null || claims.isEmpty()) {
            errors.add(new FieldError("claims", "must have at least one claim"));
        } else {
            for (int c = 0; c < claims.size(); c++) {
                ClaimIn claim = claims.get(c);
                String path = "claims[" + c + "]";
                if (claim == null) {
                    errors.add(new FieldError(path, "is required"));
                    continue;
                }
                int claimPosition = ++position[0];
                paths.put(claimPosition, path);
                require(claim.claimId(), path + ".claimId", errors);
                require(claim.status(), path + ".status", errors);
                amount(claim.charge(), path + ".charge", errors);
                amount(claim.paid(), path + ".paid", errors);
                List<ServiceLine> lines = new ArrayList<>();
                List<LineIn> lineInputs = claim.lines() == null ? List.of() : claim.lines();
                for (int l = 0; l < lineInputs.size(); l++) {
                    LineIn line = lineInputs.get(l);
                    String linePath = path + ".lines[" + l + "]";
                    if (line == null) {
                        errors.add(new FieldError(linePath, "is required"));
                        continue;
                    }
                    int linePosition = ++position[0];
                    paths.put(linePosition, linePath);
                    if (line.code() == null || !ClaimValidator.isProcedureCode(line.code().toUpperCase(Locale.ROOT))) {
                        errors.add(new FieldError(linePath + ".code", "must be a CPT/HCPCS code"));
                    }
                    amount(line.charge(), linePath + ".charge", errors);
                    amount(line.paid(), linePath + ".paid", errors);
                    List<Amount> amounts = line.allowed() == null ? List.of() : List.of(new Amount("B6", line.allowed()));
                    lines.add(new ServiceLine(linePosition,
                            new Procedure("HC", line.code() == null ? null : line.code().toUpperCase(Locale.ROOT),
                                    line.modifiers() == null ? List.of() : line.modifiers()),
                            line.charge(), line.paid(), null, line.units() == null ? BigDecimal.ONE : line.units(), null,
                            line.dateOfService(), line.dateOfService(),
                            adjustments(line.adjustments(), linePath, position, errors), List.of(), amounts, List.of(),
                            List.of()));
                }
                claimPayments.add(new ClaimPayment(claimPosition, null, claim.claimId(), claim.status(), claim.charge(),
                        claim.paid(), claim.patientResponsibility() == null ? BigDecimal.ZERO : claim.patientResponsibility(),
                        null, claim.payerClaimId(), null, null,
                        new ClaimDates(claim.receivedDate(), null, null, null), false, List.of(), List.of(), List.of(),
                        adjustments(claim.adjustments(), path, position, errors), List.of(), List.of(), lines));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, errors.get(0).field() + " " + errors.get(0).message()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""), errors);
        }
        BigDecimal total = totalPaid != null ? totalPaid
                : claimPayments.stream().map(ClaimPayment::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
        paths.put(1, "totalPaid");
        RemittanceAdvice advice = new RemittanceAdvice(
                new Envelope(null, null, null, null, null, null, null, null),
                new Payment(1, "I", total, "C", "ACH", null, paymentDate), new Trace("1", traceNumber, payerId, null),
                null, List.of(), new Party("PR", payerName, "PI", payerId, List.of()),
                new Party("PE", null, null, null, List.of()), claimPayments, List.of(), List.of());
        List<FieldError> unbalanced = new ArrayList<>();
        for (BalanceViolation violation : BalanceCheck.check(advice)) {
            unbalanced.add(new FieldError(paths.getOrDefault(violation.position(), "body"),
                    violation.rule() + " does not balance: " + violation.message()));
        }
        if (!unbalanced.isEmpty()) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "the remittance does not balance: "
                    + unbalanced.get(0).field() + ": " + unbalanced.get(0).message(), unbalanced);
        }
        return advice;
    }

    private static List<Adjustment> adjustments(List<AdjustmentIn> adjustments, String path, int[] position,
                                                List<FieldError> errors) {
        List<Adjustment> result = new ArrayList<>();
        if (adjustments == null) {
            return result;
        }
        for (int a = 0; a < adjustments.size(); a++) {
            AdjustmentIn adjustment = adjustments.get(a);
            String adjustmentPath = path + ".adjustments[" + a + "]";
            AdjustmentGroup group = null;
            try {
                group = adjustment.group() == null ? null : AdjustmentGroup.valueOf(adjustment.group());
            } catch (IllegalArgumentException e) {
                group = null;
            }
            if (group == null) {
                errors.add(new FieldError(adjustmentPath + ".group", "must be one of CO, PR, OA, PI, CR"));
            }
            require(adjustment.reason(), adjustmentPath + ".reason", errors);
            if (adjustment.amount() == null) {
                errors.add(new FieldError(adjustmentPath + ".amount", "is required"));
            }
            result.add(new Adjustment(++position[0], group, adjustment.reason(), adjustment.amount(), adjustment.quantity()));
        }
        return result;
    }

    private static void require(Object value, String field, List<FieldError> errors) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            errors.add(new FieldError(field, "is required"));
        }
    }

    // Reversals are negative, so only the number of decimals is checked.
    private static void amount(BigDecimal value, String field, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, "must have at most 2 decimals"));
        }
    }
}
