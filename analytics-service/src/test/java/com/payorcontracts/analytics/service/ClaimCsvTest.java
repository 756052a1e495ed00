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
}
