package com.payorcontracts.analytics.service;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** When a claim arriving again under a known key is the same claim (a duplicate) or another one (a conflict). */
class ClaimContentTest {

    private static final UUID PAYOR = UUID.fromString("4e427a81-3e09-596c-bdc6-ea6030069e4a");
    private static final UUID CONTRACT = UUID.fromString("0b8f6c1e-4c1a-4f1e-9a51-6f1f3f1d2a10");

    private static ClaimInput claim(UnaryOperator<ClaimInput.Line> line, UUID contract, String tin) {
        ClaimInput.Line first = line.apply(new ClaimInput.Line("64483", List.of("lt"), null, "22",
                LocalDate.of(2026, 3, 1), new BigDecimal("2400.00"), null));
        return new ClaimInput("PCN-1", PAYOR, tin, "1234567893", contract, "MRN-1", LocalDate.of(2026, 3, 2),
                "PROFESSIONAL", List.of(first), null, null);
    }

    private static ClaimInput.Line billed(ClaimInput.Line l, String amount) {
        return new ClaimInput.Line(l.code(), l.modifiers(), l.units(), l.placeOfService(), l.dateOfService(),
                new BigDecimal(amount), l.invoiceCost());
    }

    static Stream<Arguments> cases() {
        ClaimInput stored = claim(l -> l, null, "123456789");
        return Stream.of(
                Arguments.of("the same claim", stored, claim(l -> l, null, "123456789"), true),
                Arguments.of("2400 for 2400.00", stored, claim(l -> billed(l, "2400"), null, "123456789"), true),
                Arguments.of("lower-case code and modifier", stored, claim(l -> new ClaimInput.Line("64483", List.of("LT"),
                        1, "22", l.dateOfService(), l.billedCharge(), null), null, "123456789"), true),
                Arguments.of("another amount", stored, claim(l -> billed(l, "2400.01"), null, "123456789"), false),
                Arguments.of("another provider", stored, claim(l -> l, null, "987654321"), false),
                Arguments.of("a contract named only now", stored, claim(l -> l, CONTRACT, "123456789"), false),
                Arguments.of("two units", stored, claim(l -> new ClaimInput.Line(l.code(), l.modifiers(), 2,
                        l.placeOfService(), l.dateOfService(), l.billedCharge(), null), null, "123456789"), false),
                Arguments.of("an invoice cost", stored, claim(l -> new ClaimInput.Line(l.code(), l.modifiers(), 1,
                        l.placeOfService(), l.dateOfService(), l.billedCharge(), new BigDecimal("10")), null,
                        "123456789"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tellsTheSameClaimFromAnotherUnderTheSameKey(String name, ClaimInput stored, ClaimInput again, boolean same) {
        assertThat(ClaimContent.of(again, "key").equals(ClaimContent.of(stored, "key"))).isEqualTo(same);
    }

    @org.junit.jupiter.api.Test
    void anotherPatientIsAnotherClaim() {
        ClaimInput claim = claim(l -> l, null, "123456789");
        assertThat(ClaimContent.of(claim, "patient-a")).isNotEqualTo(ClaimContent.of(claim, "patient-b"));
    }
}
