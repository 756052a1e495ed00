package com.payorcontracts.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/security.md's tables are generated from the matrix: this test fails when they differ.
 * Regenerate them with {@code mvn -pl security-matrix test -Dsecurity-matrix.write-docs=true}.
 */
class SecurityDocTest {

    private static final String BEGIN = "<!-- security-matrix:begin (generated from security-matrix.csv by SecurityDocTest; do not edit) -->\n";
    private static final String END = "<!-- security-matrix:end -->";

    @Test
    void docsSecurityMdShowsExactlyTheMatrix() throws Exception {
        Path doc = Path.of(System.getProperty("project.root", "..")).resolve("docs/security.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertThat(begin).as("docs/security.md has the generated section markers").isNotNegative();
        assertThat(end).isGreaterThan(begin);
        String expected = SecurityMatrix.load().markdown();
        if (Boolean.getBoolean("security-matrix.write-docs")) {
            Files.writeString(doc, text.substring(0, begin + BEGIN.length()) + expected + text.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertThat(text.substring(begin + BEGIN.length(), end))
                .as("docs/security.md is out of date; run mvn -pl security-matrix test -Dsecurity-matrix.write-docs=true")
                .isEqualTo(expected);
    }
}
