package com.payorcontracts.pricing;

import static com.payorcontracts.pricing.Fixtures.MEDICARE;
import static com.payorcontracts.pricing.Fixtures.claimOn;
import static com.payorcontracts.pricing.Fixtures.line;
import static com.payorcontracts.pricing.Fixtures.money;
import static com.payorcontracts.pricing.Fixtures.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractPeriodTest {

    private static final ContractTerms TERMS = terms(FeeScheduleLine.fixed("99213", money("75.00")));

    @ParameterizedTest(name = "{0} covered: {1}")
    @CsvSource({
        "2023-12-31, false",
        "2024-01-01, true",
        "2026-07-01, true",
        "2028-12-31, true",
        "2029-01-01, false",
    })
    void coversItsPeriodInclusive(LocalDate dateOfService, boolean covered) {
        assertEquals(covered, TERMS.covers(dateOfService));
        assertEquals(covered, CompiledTerms.compile(TERMS).covers(dateOfService));
    }

    @ParameterizedTest(name = "{0} covered: {1}")
    @CsvSource({
        "2023-12-31, false",
        "2024-01-01, true",
        "2099-12-31, true",
    })
    void coversEveryDateFromItsStartWhileEvergreen(LocalDate dateOfService, boolean covered) {
        ContractPeriod evergreen = new ContractPeriod(LocalDate.of(2024, 1, 1), null);

        assertEquals(covered, evergreen.contains(dateOfService));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2023-12-31", "2029-01-01"})
    void refusesToPriceAClaimOutsideThePeriod(LocalDate dateOfService) {
        DateOutsideContractException thrown = assertThrows(DateOutsideContractException.class,
                () -> new ClaimPricer().price(TERMS, MEDICARE, claimOn(dateOfService, line("99213", "100.00"))));

        assertEquals(dateOfService, thrown.dateOfService());
        assertEquals(TERMS.period(), thrown.period());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2024-01-01", "2028-12-31"})
    void pricesAClaimOnTheFirstAndLastDay(LocalDate dateOfService) {
        PricedClaim priced = new ClaimPricer().price(CompiledTerms.compile(TERMS), MEDICARE,
                new Claim(dateOfService, null, List.of(line("99213", "100.00"))));

        assertEquals(money("75.00"), priced.totalExpected());
    }
}
