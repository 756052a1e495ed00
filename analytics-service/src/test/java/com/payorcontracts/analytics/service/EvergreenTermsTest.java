package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.Fixtures;
import com.payorcontracts.events.ContractChanged;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Analytics prices an evergreen contract after its expiration under its last terms, as contract-service does. */
class EvergreenTermsTest {

    @ParameterizedTest(name = "{0} autoRenew={1} on {2}: rates from {3}")
    @CsvSource(nullValues = "-", value = {
            // within the term: the 2027 amendment from 2027-01-01
            "ACTIVE,     true,  2027-06-01, 2027-01-01",
            // past 2028-12-31, renewal period 2 of an evergreen contract: still the last terms
            "ACTIVE,     true,  2030-06-01, 2027-01-01",
            // not evergreen: nothing after the expiration
            "ACTIVE,     false, 2030-06-01, -",
            // terminated or lapsed: only the stated term
            "TERMINATED, true,  2030-06-01, -",
            "EXPIRED,    true,  2029-01-01, -",
            "TERMINATED, true,  2028-12-31, 2027-01-01"})
    void findsTheRatesInForceOnADate(String status, boolean autoRenew, LocalDate date, LocalDate ratesFrom) {
        ContractChanged.ContractTerms terms = new ContractChanged.ContractTerms(UUID.randomUUID(), "Evergreen", status,
                LocalDate.parse("2026-01-01"), LocalDate.parse("2028-12-31"), null, List.of(),
                new ContractChanged.Renewal(autoRenew, 90, 120), null,
                List.of(Fixtures.rates("2026-01-01", null, Fixtures.fixed("62323", "600.00")),
                        Fixtures.rates("2027-01-01", null, Fixtures.fixed("62323", "650.00"))));

        TermsCatalog.ContractEntry entry = TermsCatalog.ContractEntry.of(UUID.randomUUID(), terms.payorId(), status,
                terms.effectiveDate(), terms.expirationDate(), terms, Map.of());

        TermsCatalog.RateVersion version = entry.versionFor(date);
        if (ratesFrom == null) {
            assertThat(version).isNull();
        } else {
            assertThat(version.from()).isEqualTo(ratesFrom);
            assertThat(version.compiled().covers(date)).isTrue();
        }
    }
}
