package com.payorcontracts.pricing;

import static com.payorcontracts.pricing.Fixtures.money;
import static com.payorcontracts.pricing.Fixtures.price;
import static com.payorcontracts.pricing.Fixtures.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MatchingPrecedenceTest {

    /** Six rows for 20610, one per way of narrowing it, each at a price that names it. */
    private static final ContractTerms TERMS = terms(
            FeeScheduleLine.fixed("20610", money("100.00")),
            FeeScheduleLine.fixed("20610", money("80.00")).withPlaceOfService("22"),
            FeeScheduleLine.fixed("20610", money("70.00")).withBillingClass(BillingClass.FACILITY),
            FeeScheduleLine.fixed("20610", money("110.00")).withModifier("RT"),
            FeeScheduleLine.fixed("20610", money("90.00")).withModifier("RT").withPlaceOfService("22"),
            FeeScheduleLine.fixed("20610", money("105.00")).withModifier("LT"),
            FeeScheduleLine.fixed("20610", money("160.00")).withModifier("50"),
            FeeScheduleLine.fixed("29881", money("500.00")))
            .withModifierRules(ModifierRules.standard());

    static Stream<Arguments> claimLines() {
        return Stream.of(
                Arguments.of("code alone", "11", BillingClass.PROFESSIONAL, List.of(), "20610", "100.00"),
                Arguments.of("code + place of service", "22", BillingClass.PROFESSIONAL, List.of(),
                        "20610 POS 22", "80.00"),
                Arguments.of("code + billing class", "11", BillingClass.FACILITY, List.of(),
                        "20610 FACILITY", "70.00"),
                Arguments.of("place of service beats billing class", "22", BillingClass.FACILITY, List.of(),
                        "20610 POS 22", "80.00"),
                Arguments.of("code + modifier", "11", BillingClass.PROFESSIONAL, List.of("RT"), "20610-RT", "110.00"),
                Arguments.of("code + modifier + place of service", "22", BillingClass.PROFESSIONAL, List.of("RT"),
                        "20610-RT POS 22", "90.00"),
                Arguments.of("code + modifier beats code + place of service", "22", BillingClass.PROFESSIONAL,
                        List.of("LT"), "20610-LT", "105.00"),
                Arguments.of("first billed modifier wins (LT, RT)", "11", BillingClass.PROFESSIONAL,
                        List.of("LT", "RT"), "20610-LT", "105.00"),
                Arguments.of("first billed modifier wins (RT, LT)", "11", BillingClass.PROFESSIONAL,
                        List.of("RT", "LT"), "20610-RT", "110.00"),
                Arguments.of("modifier without a row falls back to the code", "11", BillingClass.PROFESSIONAL,
                        List.of("59"), "20610", "100.00"),
                Arguments.of("a row for 50 is the contract's bilateral price, not adjusted again", "11",
                        BillingClass.PROFESSIONAL, List.of("50"), "20610-50", "160.00"),
                // no 29881-50 row: the code's row at 150%: 500.00 x 1.5 = 750.00
                Arguments.of("bilateral without a row of its own falls back and gets 150%", "11",
                        BillingClass.PROFESSIONAL, List.of("50"), "29881", "750.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claimLines")
    void picksTheMostSpecificFeeScheduleRow(String name, String placeOfService, BillingClass billingClass,
            List<String> modifiers, String expectedKey, String expected) {
        String code = expectedKey.substring(0, 5);
        ClaimLine line = new ClaimLine(code, modifiers, 1, placeOfService, money("1000.00"), null);

        PricedLine priced = price(TERMS, new Claim(Fixtures.DATE_OF_SERVICE, billingClass, List.of(line))).line(0);

        assertEquals(expectedKey, priced.matchedKey());
        assertEquals(money(expected), priced.expectedAmount());
    }
}
