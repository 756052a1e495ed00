package com.payorcontracts.analytics.domain.alert;

import com.payorcontracts.analytics.domain.PaymentTiming;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** 30 clean-claim days, 12% a year, 60 days to claim (Contracts). */
class LatePaymentInterestTest {

    @ParameterizedTest(name = "received {0}, paid {1} on {2}: interest {3}")
    @CsvSource(nullValues = "-", value = {
            // 45 days - 30 = 15 late: 1000.00 x 0.12 x 15 / 365 = 4.9315 -> 4.93
            "2026-09-01, 1000.00, 2026-10-16, 4.93",
            // 37 days - 30 = 7 late: 2345.67 x 0.12 x 7 / 365 = 1970.3628 / 365 = 5.3982 -> 5.40
            "2026-09-01, 2345.67, 2026-10-08, 5.40",
            // 31 days: 1 late: 100.00 x 0.12 / 365 = 0.0329 -> 0.03
            "2026-09-01, 100.00, 2026-10-02, 0.03",
            // exactly 30 days is on time
            "2026-09-01, 1000.00, 2026-10-01, -"})
    void interestOwedForTheDaysBeyondTheCleanClaimDays(LocalDate received, BigDecimal paid, LocalDate paidOn,
                                                       BigDecimal interest) {
        var alert = LatePaymentInterest.of(payment(received, paidOn, paid), contract(new BigDecimal("12")));

        if (interest == null) {
            assertThat(alert).isEmpty();
            return;
        }
        assertThat(alert.orElseThrow().amount()).isEqualTo(interest);
        assertThat(alert.orElseThrow().amount().scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "on {0}: shown {1}, {2} days left")
    @CsvSource(nullValues = "-", value = {
            // paid 2026-10-16; claimable until 2026-10-16 + 60 = 2026-12-15
            "2026-10-15, false, -",
            "2026-10-16, true, 60",
            "2026-12-15, true, 0",
            "2026-12-16, false, -"})
    void showsFromThePaymentDateUntilTheInterestCanNoLongerBeClaimed(LocalDate today, boolean shown, Long daysLeft) {
        Alert alert = LatePaymentInterest.of(payment(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-10-16"),
                new BigDecimal("1000.00")), contract(new BigDecimal("12"))).orElseThrow();

        assertThat(alert.shownOn(today, 0)).isEqualTo(shown);
        if (shown) {
            assertThat(alert.daysLeft(today)).isEqualTo(daysLeft);
        }
    }

    @Test
    void aContractWithoutARateOwesNoFigureButTheLatenessStillShows() {
        Alert alert = LatePaymentInterest.of(payment(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-10-16"),
                new BigDecimal("1000.00")), contract(null)).orElseThrow();

        assertThat(alert.amount()).isNull();
        assertThat(alert.facts()).contains("lateDays=15");
    }

    @Test
    void theSameFormulaAsTheDaysToPayReport() {
        // 18% on 2345.67 for 7 days: 2345.67 x 0.18 x 7 / 365 = 2955.5442 / 365 = 8.0974 -> 8.10
        assertThat(PaymentTiming.interest(new BigDecimal("2345.67"), new BigDecimal("18"), 7)).isEqualTo(new BigDecimal("8.10"));
        // a negative (reversed) payment owes nothing
        assertThat(PaymentTiming.interest(new BigDecimal("-50.00"), new BigDecimal("18"), 7)).isEqualTo(new BigDecimal("0.00"));
    }

    private static PaymentFacts payment(LocalDate received, LocalDate paidOn, BigDecimal paid) {
        return new PaymentFacts(UUID.fromString("00000000-0000-0000-0000-0000000c1a01"), "CLM-1001", Contracts.PAYOR,
                Contracts.CONTRACT, received, paidOn, paid);
    }

    private static ContractFacts contract(BigDecimal rate) {
        ContractFacts base = Contracts.active(LocalDate.parse("2026-12-31"), false);
        return new ContractFacts(base.contractId(), base.payorId(), base.name(), base.status(), base.effective(),
                base.expiration(), false, 90, 60, 30, rate, 60, List.of());
    }
}
