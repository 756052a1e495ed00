package com.payorcontracts.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenewalTermsTest {

    private static final LocalDate EFFECTIVE = LocalDate.parse("2026-01-01");

    @ParameterizedTest(name = "{0} autoRenew={1}, on {2}: period {3}, {4}..{5}, renewal notice {6}, termination notice {7}")
    @CsvSource(nullValues = "-", value = {
            // initial term; 90 days before 2028-12-31 is 2028-10-02, 120 days before is 2028-09-02
            "2028-12-31, true,  2026-06-01, 0, 2026-01-01, 2028-12-31, 2028-10-02, 2028-09-02",
            "2028-12-31, true,  2028-12-31, 0, 2026-01-01, 2028-12-31, 2028-10-02, 2028-09-02",
            // first renewal period: 2029-01-01..2029-12-31; 2029-12-31 - 90 = 2029-10-02, - 120 = 2029-09-02
            "2028-12-31, true,  2029-01-01, 1, 2029-01-01, 2029-12-31, 2029-10-02, 2029-09-02",
            "2028-12-31, true,  2029-12-31, 1, 2029-01-01, 2029-12-31, 2029-10-02, 2029-09-02",
            // fourth: 2028-12-31 + 4 years = 2032-12-31; 2032 is a leap year: - 90 days = 2032-10-02
            "2028-12-31, true,  2032-07-04, 4, 2032-01-01, 2032-12-31, 2032-10-02, 2032-09-02",
            // a leap-day expiration: + 1 year = 2029-02-28 (counted from the original, so + 4 = 2032-02-29)
            "2028-02-29, true,  2029-02-28, 1, 2028-03-01, 2029-02-28, 2028-11-30, 2028-10-31",
            "2028-02-29, true,  2032-02-29, 4, 2031-03-01, 2032-02-29, 2031-12-01, 2031-11-01",
            // not evergreen: nothing after the expiration
            "2028-12-31, false, 2029-01-01, -, -, -, -, -",
            // before the effective date
            "2028-12-31, true,  2025-12-31, -, -, -, -, -"})
    void findsTheTermHoldingADateAndItsNoticeDates(LocalDate expiration, boolean autoRenew, LocalDate date,
            Integer period, LocalDate start, LocalDate end, LocalDate renewalNotice, LocalDate terminationNotice) {
        RenewalTerms.Term term = new RenewalTerms(EFFECTIVE, expiration, autoRenew, 90, 120).termOn(date);

        if (period == null) {
            assertNull(term);
            return;
        }
        assertEquals(new RenewalTerms.Term(period, start, end, renewalNotice, terminationNotice), term);
    }

    @Test
    void leavesNoticeDatesOutWhenTheContractSetsNoNotice() {
        RenewalTerms.Term term = new RenewalTerms(EFFECTIVE, LocalDate.parse("2026-12-31"), true, null, null)
                .termOn(LocalDate.parse("2027-05-05"));

        assertEquals(LocalDate.parse("2027-12-31"), term.end());
        assertNull(term.renewalNoticeDate());
        assertNull(term.terminationNoticeDate());
    }

    @Test
    void pricesARunningEvergreenContractWithoutALastDateAndAnEndedOneUntilItsExpiration() {
        RenewalTerms evergreen = new RenewalTerms(EFFECTIVE, LocalDate.parse("2028-12-31"), true, 90, 120);
        RenewalTerms fixed = new RenewalTerms(EFFECTIVE, LocalDate.parse("2028-12-31"), false, 90, 120);
        LocalDate later = LocalDate.parse("2035-03-01");

        assertTrue(evergreen.pricedPeriod(false).contains(later));
        assertFalse(evergreen.pricedPeriod(true).contains(later));
        assertTrue(evergreen.pricedPeriod(true).contains(LocalDate.parse("2028-12-31")));
        assertFalse(fixed.pricedPeriod(false).contains(later));
    }

    @Test
    void refusesAnExpirationBeforeTheEffectiveDateAndNegativeNotice() {
        assertThrows(IllegalArgumentException.class,
                () -> new RenewalTerms(EFFECTIVE, LocalDate.parse("2025-12-31"), true, 90, 120));
        assertThrows(IllegalArgumentException.class,
                () -> new RenewalTerms(EFFECTIVE, LocalDate.parse("2026-12-31"), true, -1, 120));
    }
}
