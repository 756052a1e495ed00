package com.payorcontracts.x12.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One 835 transaction (ST..SE): one payment from one payer to one payee and the claims it pays.
 *
 * <p>A file may hold several transactions; {@link Remittance835Reader} yields one advice per ST..SE.
 *
 * @param productionDate DTM*405, the payer's adjudication cut-off date; null when absent
 * @param references transaction-level REFs, e.g. {@code EV} receiver id, {@code F2} version
 * @param providerAdjustments every PLB pair, in file order
 * @param warnings deviations from the guide that the reader tolerated; empty for a clean file
 */
public record RemittanceAdvice(
        Envelope envelope,
        Payment payment,
        Trace trace,
        LocalDate productionDate,
        List<Reference> references,
        Party payer,
        Party payee,
        List<ClaimPayment> claims,
        List<ProviderAdjustment> providerAdjustments,
        List<ReadWarning> warnings) {

    public RemittanceAdvice {
        references = List.copyOf(references);
        claims = List.copyOf(claims);
        providerAdjustments = List.copyOf(providerAdjustments);
        warnings = List.copyOf(warnings);
    }

    /** Sum of CLP04 over all claims. */
    public BigDecimal totalClaimPayments() {
        return claims.stream().map(ClaimPayment::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Sum of all PLB amounts; positive values reduced the payment. */
    public BigDecimal totalProviderAdjustments() {
        return providerAdjustments.stream().map(ProviderAdjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
