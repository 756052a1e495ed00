package com.payorcontracts.contract.domain.coverage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Prior authorization of one payor's codes on a date of service. */
class PriorAuthorizationTest {

    private static final PriorAuthorization PAYOR = PriorAuthorization.of(List.of(
            // always, any modifier
            new UmPolicy("63650", null, true, null, null),
            // from 2026-07-01 on
            new UmPolicy("22630", null, true, LocalDate.parse("2026-07-01"), null),
            // only during 2026
            new UmPolicy("64483", null, true, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")),
            // a policy that says no prior auth is needed
            new UmPolicy("62323", null, false, null, null),
            // only with modifier 50: still flagged for the code
            new UmPolicy("64490", "50", true, null, null)));

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
            "63650, 2020-01-01, true",
            "22630, 2026-06-30, false",
            "22630, 2026-07-01, true",
            "64483, 2026-12-31, true",
            "64483, 2027-01-01, false",
            "64483, 2025-12-31, false",
            "62323, 2026-05-01, false",
            "64490, 2026-05-01, true",
            // no policy at all
            "72100, 2026-05-01, false"})
    void flagsCodesWhoseInForcePolicyRequiresPriorAuthorization(String code, LocalDate date, boolean required) {
        assertThat(PAYOR.required(code, date)).isEqualTo(required);
    }
}
