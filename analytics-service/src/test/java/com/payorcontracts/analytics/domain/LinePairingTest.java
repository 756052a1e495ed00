package com.payorcontracts.analytics.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinePairingTest {

    /** The claim: 0 = 62323 on 03-01, 1 = 64483 on 03-01, 2 = 64483 on 03-02. */
    private static final String[] CODES = {"62323", "64483", "64483"};
    private static final LocalDate[] DATES = {LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-01"),
            LocalDate.parse("2026-03-02")};

    @ParameterizedTest(name = "billed {0}, adjudicated {1} on {2}, used {3}: line {4}")
    @CsvSource(nullValues = "-", value = {
        // billed code and date both match line 2
        "64483, 64483, 2026-03-02, -, 2",
        // no billed code (SVC06 absent): the adjudicated code on the same date
        "-, 64483, 2026-03-01, -, 1",
        // the payer recoded 64484 to 64483: the billed code finds nothing, the adjudicated code on the date does
        "64484, 64483, 2026-03-02, -, 2",
        // no line on 03-05: the billed code on any date, the first unused one
        "64483, 64483, 2026-03-05, -, 1",
        // line 1 already paid by an earlier service line of this remittance claim: the next 64483
        "64483, 64483, 2026-03-01, 1, 2",
        // both 64483 lines used: nothing left
        "64483, 64483, 2026-03-01, 1;2, -1",
        // a code the claim never billed
        "99213, 99213, 2026-03-01, -, -1",
        // no date on the service line: same code on any date
        "62323, 62323, -, -, 0",
    })
    void pairsByBilledCodeThenAdjudicatedCodeOnTheDateThenOnAnyDate(String billed, String adjudicated,
                                                                     LocalDate serviceDate, String usedLines, int expected) {
        boolean[] used = new boolean[3];
        if (usedLines != null) {
            for (String index : usedLines.split(";")) {
                used[Integer.parseInt(index)] = true;
            }
        }

        assertEquals(expected, LinePairing.pair(CODES, DATES, used, 3, billed, adjudicated, serviceDate));
    }
}
