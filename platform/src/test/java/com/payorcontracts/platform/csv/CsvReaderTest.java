package com.payorcontracts.platform.csv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

    private static List<CsvReader.Row> read(String text) {
        try {
            return CsvReader.readAll(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> records() {
        return Stream.of(
                Arguments.of("a,b,c", List.of(List.of("a", "b", "c"))),
                Arguments.of("a,,c\r\nd,e,f\r\n", List.of(List.of("a", "", "c"), List.of("d", "e", "f"))),
                Arguments.of("\"Smith, Jones & Co\",x", List.of(List.of("Smith, Jones & Co", "x"))),
                Arguments.of("\"say \"\"hi\"\"\",x", List.of(List.of("say \"hi\"", "x"))),
                Arguments.of("\"two\nlines\",x\ny,z", List.of(List.of("two\nlines", "x"), List.of("y", "z"))),
                Arguments.of("\uFEFFname,type\n\n\nA,B\n", List.of(List.of("name", "type"), List.of("A", "B"))),
                Arguments.of("a,\"\"", List.of(List.of("a", ""))));
    }

    @ParameterizedTest
    @MethodSource("records")
    void readsFieldsAsRfc4180Says(String text, List<List<String>> expected) {
        assertThat(read(text)).extracting(CsvReader.Row::fields).isEqualTo(expected);
    }

    @Test
    void numbersRecordsByTheLineTheyStartOnCountingQuotedLineBreaks() {
        List<CsvReader.Row> rows = read("h1,h2\n\"multi\nline\",x\n\nlast,y\n");

        assertThat(rows).extracting(CsvReader.Row::number).containsExactly(1, 2, 5);
    }

    @Test
    void refusesAQuoteThatNeverCloses() {
        assertThatThrownBy(() -> read("a,b\n\"open,c\n"))
                .isInstanceOf(CsvReader.CsvFormatException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void refusesTextAfterAClosingQuote() {
        assertThatThrownBy(() -> read("\"a\"b,c"))
                .isInstanceOf(CsvReader.CsvFormatException.class)
                .hasMessageContaining("closing quote");
    }

    @Test
    void refusesAControlCharacterNamingItsLineAndField() {
        assertThatThrownBy(() -> read("a,b\nc,d\0e\n"))
                .isInstanceOf(CsvReader.CsvFormatException.class)
                .hasMessage("line 2, field 2 has a control character (U+0000)");
        assertThat(read("a\tb,c")).extracting(CsvReader.Row::fields).containsExactly(List.of("a\tb", "c"));
    }
}
