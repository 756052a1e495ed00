package com.payorcontracts.analytics.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AppealDeadlineTest {

    @ParameterizedTest(name = "paid {0}, window {1} days: appeal by {2}")
    @CsvSource(nullValues = "-", value = {
        // 2026-04-20 + 180: 10 (Apr) + 31 + 30 + 31 + 31 + 30 = 163 to 09-30, + 17 = 10-17
        "2026-04-20, 180, 2026-10-17",
        // across a leap February: 2027-12-31 + 31 = 2028-01-31, + 29 = 2028-02-29
        "2027-12-31, 60, 2028-02-29",
        "2026-04-20, 0, 2026-04-20",
        "2026-04-20, -, -",
        "-, 180, -",
    })
    void countsTheContractsAppealWindowFromThePaymentDate(LocalDate paid, Integer window, LocalDate appealBy) {
        assertEquals(appealBy, AppealDeadline.appealBy(paid, window));
    }

    @ParameterizedTest(name = "appeal by {0}, today {1}: {2} days left")
    @CsvSource(nullValues = "-", value = {
        "2026-10-17, 2026-10-07, 10",
        "2026-10-17, 2026-10-17, 0",
        "2026-10-17, 2026-10-20, -3",
        "-, 2026-10-20, -",
    })
    void countsTheDaysLeft(LocalDate appealBy, LocalDate today, Integer left) {
        assertEquals(left, AppealDeadline.daysLeft(appealBy, today));
    }
}
