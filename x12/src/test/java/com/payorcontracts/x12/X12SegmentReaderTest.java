package com.payorcontracts.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class X12SegmentReaderTest {

    static Stream<Arguments> declaredDelimiters() {
        return Stream.of(
                Arguments.of('*', ':', "^", '~', '^'),
                Arguments.of('*', '>', "^", '~', '^'),
                Arguments.of('|', '\\', "{", '\n', '{'),
                Arguments.of('^', ':', "U", '~', Delimiters.NOT_DECLARED));
    }

    @ParameterizedTest(name = "element {0}, component {1}, ISA11 {2}")
    @MethodSource("declaredDelimiters")
    void takesTheSeparatorsFromTheIsa(char element, char component, String isa11, char terminator,
            char repetition) throws IOException {
        String x12 = isa(element, component, isa11, terminator)
                + "GS" + element + "HP" + element + "A" + terminator
                + "SVC" + element + "HC" + component + "99213" + component + "25" + element + "100" + terminator;

        List<Segment> segments = readAll(x12);

        assertThat(segments).extracting(Segment::id).containsExactly("ISA", "GS", "SVC");
        assertThat(segments.get(0).delimiters()).isEqualTo(new Delimiters(element, component, repetition, terminator));
        assertThat(segments.get(2).components(1)).containsExactly("HC", "99213", "25");
        assertThat(segments.get(2).element(2)).isEqualTo("100");
    }

    @Test
    void usesStarAndTildeWithoutAnIsaAndRecognisesEitherComponentSeparator() throws IOException {
        List<Segment> segments = readAll("ST*835*1~SVC*HC:99213:25*100~SVC*HC>B4152*156.42~");

        assertThat(segments).extracting(Segment::id).containsExactly("ST", "SVC", "SVC");
        assertThat(segments.get(1).components(1)).containsExactly("HC", "99213", "25");
        assertThat(segments.get(2).components(1)).containsExactly("HC", "B4152");
    }

    @Test
    void ignoresLineBreaksAfterTerminatorsAndInsideWrappedSegments() throws IOException {
        String plain = "ST*835*1~BPR*I*100*C~SE*3*1~";
        String wrapped = "\uFEFF\r\nST*835*1~\r\nBPR*I*1\r\n00*C~\nSE*3*1~\r\n\r\n  ";

        assertThat(readAll(wrapped)).isEqualTo(readAll(plain));
    }

    @Test
    void countsPositionsFromTheFirstSegment() throws IOException {
        assertThat(readAll("ST*835*1~BPR*I~SE*3*1~")).extracting(Segment::position).containsExactly(1, 2, 3);
    }

    @Test
    void keepsTrailingEmptyElementsAsWritten() throws IOException {
        Segment segment = readAll("CAS*PR*2*5.13**1*110**~").get(0);

        assertThat(segment.elementCount()).isEqualTo(8);
        assertThat(segment.element(6)).isEqualTo("110");
        assertThat(segment.element(9)).isEmpty();
    }

    static Stream<Arguments> brokenIsa() {
        String valid = isa('*', ':', "^", '~');
        return Stream.of(
                Arguments.of("sender id one short", valid.replace("SENDER         ", "SENDER        "),
                        "ISA is 105 characters long"),
                Arguments.of("sender id one long", valid.replace("SENDER         ", "SENDER          "),
                        "ISA is 107 characters long"),
                Arguments.of("an element missing", valid.replace("*0*P*", "*0*"),
                        "input ends inside the ISA"),
                Arguments.of("terminator equal to the element separator", valid.replace(":~", ":*"),
                        "is not a usable separator"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenIsa")
    void rejectsAnIsaThatIsNotFixedWidth(String description, String isa, String problem) {
        assertThatThrownBy(() -> readAll(isa))
                .isInstanceOf(X12ReadException.class)
                .hasMessageStartingWith("segment 1 (ISA): ")
                .hasMessageContaining(problem);
    }

    @Test
    void rejectsASegmentCutOffByTheEndOfTheInput() {
        assertThatThrownBy(() -> readAll("ST*835*1~BPR*I*10"))
                .isInstanceOf(X12ReadException.class)
                .hasMessage("segment 2 (BPR): input ends inside this segment: no segment terminator '~' (truncated file?)");
    }

    @Test
    void rejectsInputWhoseTerminatorNeverComes() {
        String endless = "ST*835*1*" + "9".repeat(70_000) + "~";

        assertThatThrownBy(() -> readAll(endless))
                .isInstanceOf(X12ReadException.class)
                .hasMessageContaining("no segment terminator '~' within 65536 characters");
    }

    @Test
    void neverPrintsElementValuesOfASegment() throws IOException {
        Segment patient = readAll("NM1*QC*1*DOE*JANE~").get(0);

        assertThat(patient).hasToString("segment 1 (NM1)");
    }

    private static List<Segment> readAll(String x12) throws IOException {
        var reader = new X12SegmentReader(new StringReader(x12));
        var segments = new ArrayList<Segment>();
        for (Segment s = reader.next(); s != null; s = reader.next()) {
            segments.add(s);
        }
        return segments;
    }

    private static String isa(char e, char component, String isa11, char terminator) {
        return String.join(String.valueOf(e), "ISA", "00", "          ", "00", "          ", "ZZ", "SENDER         ",
                "ZZ", "RECEIVER       ", "240105", "1200", isa11, "00501", "000000001", "0", "P",
                String.valueOf(component)) + terminator;
    }
}
