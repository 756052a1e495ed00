package com.payorcontracts.platform.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputLimitsTest {

    @ParameterizedTest(name = "{0} accepted: {1}")
    @CsvSource({
            "1900-01-01, true",      // the first day allowed
            "1899-12-31, false",     // the day before
            "2199-12-31, true",      // the last day allowed
            "2200-01-01, false",     // the day after
            "0000-01-01, false",     // year 0 (ISO proleptic; came back shifted before)
            "-0001-12-31, false",    // year -1
            "+999999999-12-31, false", // LocalDate.MAX's year: stored as year 466210 before
            "2026-02-28, true"})
    void acceptsDatesFrom1900Through2199Only(String text, boolean accepted) {
        LocalDate date = LocalDate.parse(text);
        if (accepted) {
            assertThat(InputLimits.date(date)).isEqualTo(date);
        } else {
            assertThatThrownBy(() -> InputLimits.date(date)).isInstanceOf(InputLimits.InvalidInputException.class)
                    .hasMessage("must be a date from 1900-01-01 through 2199-12-31");
        }
    }

    @ParameterizedTest(name = "{0} in ({1},{2}): {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // text           | integer | fraction | error, or blank when accepted
            "999999999999.99  | 12 | 2 | ",                                                 // numeric(14,2)'s largest
            "1000000000000    | 12 | 2 | must have at most 12 digits before the decimal point", // 13 digits
            "9999999999.99    | 10 | 2 | ",                                                 // numeric(12,2)'s largest
            "10000000000      | 10 | 2 | must have at most 10 digits before the decimal point",
            "0.125            | 10 | 2 | must have at most 2 decimals",
            "0.12000000       | 10 | 2 | ",                                                 // trailing zeros carry no digit
            "1e999999999      | 10 | 2 | must have at most 10 digits before the decimal point", // precision 1, scale -999999999
            "1e2000000        | 10 | 2 | must have at most 10 digits before the decimal point",
            "1e-999999999     | 10 | 2 | must have at most 2 decimals",
            "1E+3             | 10 | 2 | ",                                                 // 1000, precision 1, scale -3
            "-12.5            | 10 | 2 | ",                                                 // sign is the caller's rule
            "12,5             | 10 | 2 | '12,5' is not a number",
            "12345678901234567890123456789012345678901 | 10 | 2 | '123456789012345678901234…' is not a number of at most 10 digits"})
    void readsDecimalsWithinTheColumnsPrecisionBeforeAnyArithmetic(String text, int integer, int fraction, String error) {
        if (error == null) {
            assertThat(InputLimits.parseDecimal(text, integer, fraction)).isEqualByComparingTo(new BigDecimal(text));
        } else {
            assertThatThrownBy(() -> InputLimits.parseDecimal(text, integer, fraction))
                    .isInstanceOf(InputLimits.InvalidInputException.class).hasMessage(error);
        }
    }

    @Test
    void holdsJsonDecimalsToTheWidestColumn() {
        assertThat(InputLimits.decimal(new BigDecimal("999999999999.99"))).isNotNull();
        assertThat(InputLimits.decimal(new BigDecimal("12.3456"))).isNotNull();
        assertThatThrownBy(() -> InputLimits.decimal(new BigDecimal("1e20000000")))
                .hasMessage("must have at most 12 digits before the decimal point");
        assertThatThrownBy(() -> InputLimits.decimal(new BigDecimal("0.1234567")))
                .hasMessage("must have at most 6 decimals");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // text (escapes written out by the test) | error position, 0 when accepted
            "Blue Cross           | 0",
            "two\\nlines\\tand tab | 0",  // LF, CR and tab are text
            "nul\\0here           | 4",
            "bell\\u0007          | 5",
            "del\\u007f           | 4",
            "c1\\u0085            | 3"})
    void refusesControlCharactersOtherThanTabAndLineBreaks(String written, int position) {
        String text = written.replace("\\n", "\n").replace("\\t", "\t").replace("\\0", "\0")
                .replace("\\u0007", "\u0007").replace("\\u007f", "\u007f").replace("\\u0085", "\u0085");
        if (position == 0) {
            assertThat(InputLimits.text(text)).isEqualTo(text);
        } else {
            assertThatThrownBy(() -> InputLimits.text(text)).isInstanceOf(InputLimits.InvalidInputException.class)
                    .hasMessageContaining("at position " + position);
        }
    }

    @Test
    void showsOnlyAShortPrefixOfARefusedValue() {
        assertThat(InputLimits.shown("x".repeat(20_000_000))).isEqualTo("x".repeat(24) + "…");
        assertThat(InputLimits.shown("ok")).isEqualTo("ok");
        assertThat(InputLimits.shown("a\0b")).isEqualTo("a?b");
    }
}
