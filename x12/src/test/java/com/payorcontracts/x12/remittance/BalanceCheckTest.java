package com.payorcontracts.x12.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import com.payorcontracts.x12.remittance.BalanceViolation.Rule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The TR3 balancing rules, each broken on its own (see {@link Template835} for the positions). */
class BalanceCheckTest {

    static Stream<Arguments> remittances() {
        return Stream.of(
                Arguments.of("the balanced template", Template835.BALANCED, List.of()),
                Arguments.of("unbalanced service line", Template835.with("*150*120**1", "*150*110**1"),
                        List.of("SERVICE_LINE@11", "CLAIM_LINES@8")),
                Arguments.of("unbalanced claim",
                        Template835.with("CLP*C1*1*150*100*", "CLP*C1*1*150*90*").replace("BPR*I*100*", "BPR*I*90*"),
                        List.of("CLAIM@8", "CLAIM_LINES@8")),
                Arguments.of("unbalanced transaction", Template835.with("BPR*I*100*", "BPR*I*99.99*"),
                        List.of("TRANSACTION@2")),
                Arguments.of("claim adjustment moved to the line without fixing the line",
                        Template835.with("CAS*PR*1*20~\n", "").replace("CAS*CO*45*30", "CAS*CO*45*30~\nCAS*PR*1*20"),
                        List.of("SERVICE_LINE@10", "CLAIM_LINES@8")),
                Arguments.of("recoupment through PLB",
                        Template835.with("BPR*I*100*", "BPR*I*75*")
                                .replace("SE*14*", "PLB*1234567893*20241231*WO:C0PRIOR*25~\nSE*15*"),
                        List.of()),
                Arguments.of("interest through a negative PLB",
                        Template835.with("BPR*I*100*", "BPR*I*105.5*")
                                .replace("SE*14*", "PLB*1234567893*20241231*L6*-5.50~\nSE*15*"),
                        List.of()),
                Arguments.of("PLB ignored by the payment", Template835.BALANCED
                                .replace("SE*14*", "PLB*1234567893*20241231*WO*25*FB:X*-5~\nSE*15*"),
                        List.of("TRANSACTION@2")),
                Arguments.of("reversal with negated amounts", reversal(), List.of()),
                Arguments.of("reversal and corrected claim in one payment", reversalAndCorrection(), List.of()),
                Arguments.of("claim without service lines",
                        Template835.BALANCED.replaceAll("SVC\\*[^~]*~\\nDTM\\*472[^~]*~\\nCAS\\*CO[^~]*~\\n",
                                "CAS*CO*45*30~\n").replace("SE*14*", "SE*12*"),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("remittances")
    void reportsEachBrokenRuleAtItsSegment(String description, String x12, List<String> expected) {
        List<BalanceViolation> violations = BalanceCheck.check(TestData.parse(x12));

        assertThat(violations).extracting(v -> v.rule() + "@" + v.position()).containsExactlyElementsOf(expected);
    }

    @Test
    void explainsTheArithmeticOfAnUnbalancedLine() {
        var advice = TestData.parse(Template835.with("*150*120**1", "*150*110.00**1"));

        assertThat(BalanceCheck.check(advice)).extracting(BalanceViolation::toString).containsExactly(
                "segment 11 (SVC): line charge 150 − adjustments 30 ≠ paid 110.00 (off by 10.00)",
                "segment 8 (CLP): line payments 110.00 − claim-level adjustments 20 ≠ claim paid 100 (off by -10.00)");
    }

    @Test
    void explainsTheArithmeticOfAnUnbalancedTransaction() {
        var advice = TestData.parse(Template835.with("BPR*I*100*", "BPR*I*99.99*"));

        assertThat(BalanceCheck.check(advice)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.TRANSACTION);
            assertThat(v).hasToString(
                    "segment 2 (BPR): claim payments 100 − provider adjustments 0 ≠ total payment 99.99 (off by 0.01)");
        });
    }

    @Test
    void comparesAmountsByValueNotByScale() {
        var advice = TestData.parse(Template835.with("BPR*I*100*", "BPR*I*100.00*"));

        assertThat(BalanceCheck.check(advice)).isEmpty();
    }

    /** The template's claim taken back: every amount negated, claim status 22. */
    private static String reversal() {
        return Template835.with("BPR*I*100*", "BPR*I*-100*")
                .replace("CLP*C1*1*150*100*20*", "CLP*C1*22*-150*-100*-20*")
                .replace("CAS*PR*1*20", "CAS*PR*1*-20")
                .replace("*150*120**1", "*-150*-120**-1")
                .replace("CAS*CO*45*30", "CAS*CO*45*-30");
    }

    /** Reversal of the 100.00 payment and its corrected claim paying 130.00: the check carries 30.00. */
    private static String reversalAndCorrection() {
        String reversal = reversal().substring(reversal().indexOf("CLP*"), reversal().indexOf("SE*"));
        String corrected = String.join("~\n",
                "CLP*C1*1*150*130**12*PAYER2",
                "SVC*HC:99213:25*150*130**1",
                "CAS*CO*45*20") + "~\n";
        return Template835.with("BPR*I*100*", "BPR*I*30*")
                .replaceAll("CLP\\*[\\s\\S]*(?=SE\\*)", java.util.regex.Matcher.quoteReplacement(reversal + corrected))
                .replace("SE*14*", "SE*17*");
    }
}
