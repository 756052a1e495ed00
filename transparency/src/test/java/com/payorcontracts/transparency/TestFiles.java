package com.payorcontracts.transparency;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Finds the shared CMS TiC examples in place (they are never copied into the project) and reads them. */
final class TestFiles {

    static final String ALL_TYPES = "in-network-rates/in-network-rates-all-negotiated-types-sample.json";
    static final String BUNDLE = "in-network-rates/in-network-rates-bundle-single-plan-sample.json";
    static final String CAPITATION = "in-network-rates/in-network-rates-capitation-single-plan-sample.json";
    static final String FEE_FOR_SERVICE = "in-network-rates/in-network-rates-fee-for-service-single-plan-sample.json";
    static final String MULTIPLE_PLANS = "in-network-rates/in-network-rates-multiple-plans-sample.json";
    static final String NO_NPI = "in-network-rates/in-network-rates-no-npi.json";
    static final String LEGACY_V1 = "in-network-rates-v1.0.0-legacy.json";
    static final String TABLE_OF_CONTENTS = "table-of-contents/table-of-contents-sample.json";

    private TestFiles() {
    }

    /** {@code -Dtestdata.dir=...} wins; otherwise shared/ sits beside the repository, two levels above this module. */
    static Path examples() {
        String override = System.getProperty("testdata.dir");
        Path base = override != null && !override.isBlank() ? Path.of(override) : Path.of("../../shared/testdata");
        Path examples = base.resolve("tic/examples");
        if (!Files.isDirectory(examples)) {
            throw new IllegalStateException("TiC examples not found at " + examples.toAbsolutePath().normalize()
                    + "; set -Dtestdata.dir to the shared/testdata folder");
        }
        return examples;
    }

    static byte[] bytes(String example) {
        try {
            return Files.readAllBytes(examples().resolve(example));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Reads {@code json} with {@code options} and returns what was emitted and the summary. */
    static Result read(byte[] json, ReadOptions options) {
        List<NegotiatedRate> rates = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(json)) {
            ReadSummary summary = InNetworkRatesReader.read(in, options, rates::add);
            return new Result(summary, rates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result read(String json, ReadOptions options) {
        return read(json.getBytes(StandardCharsets.UTF_8), options);
    }

    record Result(ReadSummary summary, List<NegotiatedRate> rates) {
        List<NegotiatedRate> forCode(String code) {
            return rates.stream().filter(r -> r.code().code().equals(code)).toList();
        }
    }
}
