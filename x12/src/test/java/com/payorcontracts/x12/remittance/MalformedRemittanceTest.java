package com.payorcontracts.x12.remittance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.payorcontracts.x12.X12ReadException;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Input that must be rejected, and the message that tells the sender where and why. */
class MalformedRemittanceTest {

    static Stream<Arguments> malformedInput() {
        String balanced = Template835.BALANCED;
        return Stream.of(
                Arguments.of("an empty file", "", 0, null, "the input is empty"),
                Arguments.of("a file of blank lines", "\r\n\r\n  \n", 0, null, "the input is empty"),
                Arguments.of("non-numeric amount", Template835.with("CLP*C1*1*150*", "CLP*C1*1*15O*"),
                        8, "CLP", "CLP03 (total claim charge) '15O' is not a number"),
                Arguments.of("amount with a thousands separator", Template835.with("*150*120**1", "*1,150*120**1"),
                        11, "SVC", "SVC02 (line charge) '1,150' is not a number"),
                Arguments.of("missing BPR", without(balanced, "BPR*"), 2, "TRN", "missing BPR"),
                Arguments.of("SE right after ST", "ST*835*0001~SE*2*0001~", 2, "SE", "missing BPR"),
                Arguments.of("SVC before any CLP",
                        without(without(without(balanced, "CLP*"), "CAS*PR"), "NM1*"),
                        8, "SVC", "SVC without a CLP before it"),
                Arguments.of("CAS before any CLP", without(balanced, "CLP*"), 8, "CAS", "CAS without a CLP before it"),
                Arguments.of("LQ outside a service line", Template835.with("SVC*", "LQ*HE*N1~\nSVC*"),
                        11, "LQ", "LQ outside a service line"),
                Arguments.of("truncated file without SE", without(balanced, "SE*"), 1, "ST",
                        "transaction 0001 has no SE before the end of the input (truncated file?)"),
                Arguments.of("file cut inside a segment", balanced.substring(0, balanced.indexOf("*120**1")),
                        11, "SVC", "input ends inside this segment"),
                Arguments.of("wrong ISA length", Template835.enveloped(balanced).replace("SENDER         ", "SENDER        "),
                        1, "ISA", "ISA is 105 characters long; the fixed-width interchange header must be 106"),
                Arguments.of("missing IEA", cut(Template835.enveloped(balanced), "IEA*"), 1, "ISA",
                        "interchange 000000001 has no IEA"),
                Arguments.of("GE counting a transaction that is not there",
                        Template835.enveloped(balanced).replace("GE*1*1", "GE*2*1"), 17, "GE",
                        "GE01 says 2 transaction sets, the input holds 1"),
                Arguments.of("IEA with another control number",
                        Template835.enveloped(balanced).replace("IEA*1*000000001", "IEA*1*000000002"), 18, "IEA",
                        "IEA02 '000000002' does not match ISA13 '000000001'"),
                Arguments.of("SE with another control number", Template835.with("SE*14*0001", "SE*14*0002"),
                        14, "SE", "SE02 '0002' does not match ST02 '0001'"),
                Arguments.of("not an 835", Template835.with("ST*835", "ST*837"), 1, "ST", "ST01 '837' is not 835"),
                Arguments.of("segment before ST", "BPR*I*1*C*ACH~" + balanced, 1, "BPR", "outside an ST/SE transaction"),
                Arguments.of("second ST before SE", balanced.replace("SE*14*0001~\n", "") + balanced, 14, "ST",
                        "ST before the SE of transaction 0001"),
                Arguments.of("unknown adjustment group", Template835.with("CAS*CO*45", "CAS*XX*45"), 13, "CAS",
                        "CAS01 'XX' is not an adjustment group"),
                Arguments.of("adjustment reason without amount", Template835.with("CAS*CO*45*30", "CAS*CO*45"),
                        13, "CAS", "CAS03 (adjustment amount) is missing for reason 45"),
                Arguments.of("impossible date", Template835.with("DTM*472*20240101", "DTM*472*20240231"), 12, "DTM",
                        "DTM02 (service date) '20240231' is not a CCYYMMDD date"),
                Arguments.of("date before 1900", Template835.with("DTM*472*20240101", "DTM*472*00000101"), 12, "DTM",
                        "DTM02 (service date) must be a date from 1900-01-01 through 2199-12-31"),
                Arguments.of("date after 2199", Template835.with("DTM*472*20240101", "DTM*472*99991231"), 12, "DTM",
                        "DTM02 (service date) must be a date from 1900-01-01 through 2199-12-31"),
                Arguments.of("amount of 19 characters", Template835.with("CLP*C1*1*150*", "CLP*C1*1*1500000000000000000*"),
                        8, "CLP", "CLP03 (total claim charge) '150000000000000000…' is longer than 18 characters, the most an X12 decimal may have"),
                Arguments.of("NUL in an element", Template835.with("CLP*C1*1*150*", "CLP*C\u00001*1*150*"),
                        8, "CLP", "CLP01 has a control character (U+0000)"),
                Arguments.of("procedure without code", Template835.with("HC:99213:25", "HC"), 11, "SVC",
                        "SVC01 'HC' is not a procedure"),
                Arguments.of("claim after provider adjustments",
                        Template835.with("LX*1", "PLB*1234567893*20241231*WO:X*0~\nLX*1"), 8, "LX",
                        "LX after PLB"),
                Arguments.of("missing payee", without(balanced, "N1*PE"), 13, "SE", "missing payee identification (N1*PE)"),
                Arguments.of("pipe-separated file without ISA", balanced.replace('*', '|'), 1, null,
                        "is not a segment id (element separator '*', segment terminator '~')"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedInput")
    void rejectsMalformedInputNamingTheSegment(String description, String input, int position, String segmentId,
            String problem) {
        assertThatThrownBy(() -> Remittance835Reader.readAll(new StringReader(input)))
                .asInstanceOf(type(X12ReadException.class))
                .satisfies(e -> {
                    assertThat(e.getMessage()).contains(problem);
                    assertThat(e.segmentPosition()).isEqualTo(position);
                    assertThat(e.segmentId()).isEqualTo(segmentId);
                });
    }

    @Test
    void locatesTheProblemInTheMessage() {
        assertThatThrownBy(() -> TestData.parse(Template835.with("*150*120**1", "*150*12O**1")))
                .hasMessage("segment 11 (SVC): SVC03 (line paid) '12O' is not a number");
    }

    @Test
    void readRejectsAFileWithTwoTransactionsThatReadAllAccepts() throws Exception {
        String twoTransactions = Template835.BALANCED + Template835.BALANCED.replace("0001", "0002");

        assertThat(Remittance835Reader.readAll(new StringReader(twoTransactions)))
                .extracting(advice -> advice.envelope().transactionControlNumber())
                .containsExactly("0001", "0002");
        assertThatThrownBy(() -> Remittance835Reader.read(new StringReader(twoTransactions)))
                .isInstanceOf(X12ReadException.class)
                .hasMessageContaining("expected one 835 transaction, the input holds 2");
    }

    /** The input without the (first) segment starting with {@code prefix}. */
    private static String without(String x12, String prefix) {
        int start = x12.startsWith(prefix) ? 0 : x12.indexOf("\n" + prefix) + 1;
        if (start == 0 && !x12.startsWith(prefix)) {
            throw new IllegalArgumentException("no segment starting with " + prefix);
        }
        int end = x12.indexOf("~\n", start) + 2;
        return x12.substring(0, start) + x12.substring(end);
    }

    /** The input up to, not including, the segment starting with {@code prefix}. */
    private static String cut(String x12, String prefix) {
        return x12.substring(0, x12.indexOf("\n" + prefix) + 1);
    }
}
