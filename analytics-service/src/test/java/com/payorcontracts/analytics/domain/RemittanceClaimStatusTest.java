package com.payorcontracts.analytics.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RemittanceClaimStatusTest {

    @ParameterizedTest(name = "status {0}, charge {1}, paid {2}, PR {3}: denied {4}")
    @CsvSource({
        // CLP02 4: denied whatever the amounts
        "4, 1500.00, 0.00, 0.00, true",
        // processed as primary, nothing paid of a charge, nothing to the patient
        "1, 1500.00, 0.00, 0.00, true",
        // the patient owes it (deductible): not a denial
        "1, 1500.00, 0.00, 200.00, false",
        "1, 1500.00, 612.40, 0.00, false",
        // a zero charge paid zero is nothing denied
        "1, 0.00, 0.00, 0.00, false",
        // a reversal pays nothing back here either way: never a denial
        "22, -1500.00, 0.00, 0.00, false",
    })
    void deniesAClaimByStatusOrByPayingNothingOfACharge(String status, BigDecimal charge, BigDecimal paid,
                                                         BigDecimal pr, boolean denied) {
        boolean reversal = RemittanceClaimStatus.isReversal(status);
        assertEquals(denied, RemittanceClaimStatus.claimDenied(reversal, "4".equals(status), charge, paid, pr));
    }

    @ParameterizedTest(name = "status {0}, paid {1} on {2}, first so far {3}: earlier {4}")
    @CsvSource(nullValues = "-", value = {
        "1, 612.40, 2026-04-20, -, true",
        "1, 612.40, 2026-04-20, 2026-04-25, true",
        "1, 612.40, 2026-04-30, 2026-04-25, false",
        // a reversal or a zero payment never starts the clock's end
        "22, 612.40, 2026-04-20, -, false",
        "1, 0.00, 2026-04-20, -, false",
        "1, 612.40, -, -, false",
    })
    void takesTheEarliestRemittanceThatPaidAndIsNoReversalAsTheFirstPayment(String status, BigDecimal paid,
                                                                            LocalDate on, LocalDate first, boolean earlier) {
        assertEquals(earlier, RemittanceClaimStatus.isEarlierPayment(status, paid, on, first));
    }
}
