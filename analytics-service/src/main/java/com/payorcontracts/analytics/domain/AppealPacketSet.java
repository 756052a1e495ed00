package com.payorcontracts.analytics.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The appeal packets of every open underpayment of a payor, largest first, with their totals. */
@Schema(name = "AppealPacketSet")
public record AppealPacketSet(UUID payorId, LocalDate preparedOn, int count, BigDecimal totalVariance,
                              BigDecimal totalInterestOwed, List<AppealPacket> packets) {

    /** Totals the packets' variances, and each claim's interest once. */
    public static AppealPacketSet of(UUID payorId, LocalDate preparedOn, List<AppealPacket> packets) {
        BigDecimal variance = BigDecimal.ZERO.setScale(2);
        BigDecimal interest = BigDecimal.ZERO.setScale(2);
        java.util.Set<String> claims = new java.util.HashSet<>();
        for (AppealPacket packet : packets) {
            variance = variance.add(packet.variance());
            if (packet.lateInterest() != null && packet.lateInterest().interestOwed() != null
                    && claims.add(packet.claim().claimId())) {
                interest = interest.add(packet.lateInterest().interestOwed());
            }
        }
        return new AppealPacketSet(payorId, preparedOn, packets.size(), variance, interest, List.copyOf(packets));
    }
}
