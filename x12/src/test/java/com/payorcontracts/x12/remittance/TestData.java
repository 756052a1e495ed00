package com.payorcontracts.x12.remittance;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared real-world 835 samples in place (they are never copied into the project). */
final class TestData {

    static final String BLUE_CROSS_NC = "blue_cross_nc_sample.txt";
    static final String EMEDNY = "emedny_sample.txt";
    static final String UNITED_HEALTHCARE = "united_healthcare_legacy_sample.txt";

    private TestData() {
    }

    /** {@code -Dtestdata.dir=...} wins; otherwise shared/ sits beside the repository, two levels above this module. */
    static Path x12Samples() {
        String override = System.getProperty("testdata.dir");
        Path base = override != null && !override.isBlank() ? Path.of(override) : Path.of("../../shared/testdata");
        Path samples = base.resolve("x12-835");
        if (!Files.isDirectory(samples)) {
            throw new IllegalStateException("835 samples not found at " + samples.toAbsolutePath().normalize()
                    + "; set -Dtestdata.dir to the shared/testdata folder");
        }
        return samples;
    }

    static String text(String sample) {
        try {
            return Files.readString(x12Samples().resolve(sample), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RemittanceAdvice read(String sample) {
        try (Reader in = Files.newBufferedReader(x12Samples().resolve(sample), StandardCharsets.UTF_8)) {
            return Remittance835Reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RemittanceAdvice parse(String x12) {
        try {
            return Remittance835Reader.read(new StringReader(x12));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
