package com.payorcontracts.analytics.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VarianceTest {

    @ParameterizedTest(name = "remitted {0}, paid {1} + PR {2} vs expected {3}: {4}")
    @CsvSource(nullValues = "-", value = {
        // 668.00 + 0 - 698.00
        "true, 668.00, 0.00, 698.00, -30.00",
        // 562.40 + 50.00 - 612.40: whole
        "true, 562.40, 50.00, 612.40, 0.00",
        // paid above the contract: 720.00 - 698.00
        "true, 720.00, 0.00, 698.00, 22.00",
        // a denial counts as paying nothing: 0 - 698.00
        "true, 0.00, 0.00, 698.00, -698.00",
        // not remitted yet: no variance
        "false, 0.00, 0.00, 698.00, -",
        // remitted but unpriced (no contract): no variance
        "true, 10.00, 0.00, -, -",
    })
    void isPaidPlusPatientResponsibilityMinusExpected(boolean remitted, BigDecimal paid, BigDecimal pr,
                                                      BigDecimal expected, BigDecimal variance) {
        assertEquals(variance, Variance.of(remitted, paid, pr, expected));
    }

    @ParameterizedTest(name = "variance {0}, tolerance {1}: underpaid {2}")
    @CsvSource(nullValues = "-", value = {
        "-30.00, 1.00, true",
        // exactly the tolerance short is not an underpayment
        "-1.00, 1.00, false",
        "-1.01, 1.00, true",
        "0.00, 1.00, false",
        "-0.01, 0.00, true",
        "-, 1.00, false",
    })
    void isAnUnderpaymentOnlyWhenShortByMoreThanTheTolerance(BigDecimal variance, BigDecimal tolerance, boolean underpaid) {
        assertEquals(underpaid, Variance.isUnderpayment(variance, tolerance));
    }

    @ParameterizedTest(name = "remitted {0}, paid {1}, PR {2}: denied {3}")
    @CsvSource({
        "true, 0.00, 0.00, true",
        // the patient owes it all (deductible): paid nothing but not denied
        "true, 0.00, 120.00, false",
        "true, 5.00, 0.00, false",
        "false, 0.00, 0.00, false",
    })
    void isDeniedWhenARemittancePaidNothingAndLeftNothingToThePatient(boolean remitted, BigDecimal paid,
                                                                      BigDecimal pr, boolean denied) {
        assertEquals(denied, Variance.denied(remitted, paid, pr));
    }
}
