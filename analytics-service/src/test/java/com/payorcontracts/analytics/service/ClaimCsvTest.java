package com.payorcontracts.analytics.service;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DateTimeException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dates in a CSV history: the fast path reads exactly what the ISO parser reads, and refuses what it refuses. */
class ClaimCsvTest {

    @ParameterizedTest
    @CsvSource({"2026-03-01, 2026-03-01", "2024-02-29, 2024-02-29", "1999-12-31, 1999-12-31"})
    void readsAnIsoDate(String text, String expected) {
        assertThat(ClaimCsv.date(text)).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "2026-02-30", "2025-02-29", "2026-3-01", "20260301", "2026-03-0x", "2026/03/01",
            "2026-00-10", "01-03-2026"})
    void refusesWhatIsNotADate(String text) {
        assertThatThrownBy(() -> ClaimCsv.date(text)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // date text         | error
            "1900-01-01        | ",
            "2199-12-31        | ",
            "1899-12-31        | must be a date from 1900-01-01 through 2199-12-31",
            "0000-01-01        | must be a date from 1900-01-01 through 2199-12-31", // came back shifted before
            "-0001-12-31       | must be a date from 1900-01-01 through 2199-12-31",
            "+999999999-12-31  | must be a date from 1900-01-01 through 2199-12-31"}) // stored as year 466210 before
    void holdsDatesToTheYears1900Through2199(String text, String error) {
        if (error == null) {
            assertThat(ClaimCsv.limitedDate(text)).isEqualTo(LocalDate.parse(text));
        } else {
            assertThatThrownBy(() -> ClaimCsv.limitedDate(text)).hasMessage(error);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // amount text       | error
            "9999999999.99     | ",                                                  // numeric(12,2)'s largest
            "10000000000       | must have at most 10 digits before the decimal point",
            "1e999999999       | must have at most 10 digits before the decimal point", // a 500 before
            "1e2000000         | must have at most 10 digits before the decimal point"}) // a second of CPU before
    void holdsAmountsToTheirColumnBeforeAnyArithmetic(String text, String error) {
        if (error == null) {
            assertThat(ClaimCsv.amount(text)).isEqualByComparingTo(text);
        } else {
            assertThatThrownBy(() -> ClaimCsv.amount(text)).hasMessage(error);
        }
    }
}
