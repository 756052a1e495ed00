package com.payorcontracts.analytics.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PaymentTimingTest {

    @ParameterizedTest(name = "received {0}, submitted {1}, served {2}, paid {3}: {7} days, {8} late, interest {9}")
    @CsvSource(nullValues = "-", value = {
        // 03-05 to 04-20 = 46 days, 16 beyond 30; 1230.40 x 0.12 x 16 / 365 = 6.4722 -> 6.47
        "2026-03-05, 2026-03-02, 2026-03-01, 2026-04-20, 30, 12, 1230.40, 46, 16, 6.47",
        // no received date: from the submission, 49 days, 19 late; 1230.40 x 0.12 x 19 / 365 = 7.6858 -> 7.69
        "-, 2026-03-02, 2026-03-01, 2026-04-20, 30, 12, 1230.40, 49, 19, 7.69",
        // neither: from the first date of service, 50 days, 20 late; 2952.96 / 365 = 8.0903 -> 8.09
        "-, -, 2026-03-01, 2026-04-20, 30, 12, 1230.40, 50, 20, 8.09",
        // on time: 20 days, none late, no interest
        "2026-03-05, -, 2026-03-01, 2026-03-25, 30, 12, 1230.40, 20, 0, 0.00",
        // unpaid: nothing to count
        "2026-03-05, -, 2026-03-01, -, 30, 12, 0.00, -, -, -",
        // no clean-claim days in the contract: days counted, lateness unknown
        "2026-03-05, -, 2026-03-01, 2026-04-20, -, 12, 1230.40, 46, -, -",
        // late but the contract names no interest rate
        "2026-03-05, -, 2026-03-01, 2026-04-20, 30, -, 1230.40, 46, 16, -",
        // reversed to a net negative: owes no interest
        "2026-03-05, -, 2026-03-01, 2026-04-20, 30, 12, -100.00, 46, 16, 0.00",
        // 1.5% a year on 10,000.00 for 365 late days: exactly 150.00
        "2026-01-01, -, 2026-01-01, 2027-01-31, 30, 1.5, 10000.00, 395, 365, 150.00",
    })
    void countsDaysFromReceiptToFirstPaymentAndInterestBeyondTheCleanClaimDays(
            LocalDate received, LocalDate submitted, LocalDate served, LocalDate paid, Integer clean,
            BigDecimal percent, BigDecimal amountPaid, Integer days, Integer late, BigDecimal interest) {
        PaymentTiming timing = PaymentTiming.of(received, submitted, served, paid, clean, percent, amountPaid);

        assertEquals(days, timing.daysToPay());
        assertEquals(late, timing.lateDays());
        assertEquals(interest, timing.interestOwed());
    }
}
