package com.payorcontracts.contract.service.transparency;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The CMS in-network-rates schema and its examples, read in place from shared/testdata/tic (never copied). */
public final class TicSchema {

    private static final Schema SCHEMA = load();

    private TicSchema() {
    }

    /** What is wrong with a file, one readable line per problem ("/in_network/0/...: required property ... not found"); empty when valid. */
    public static List<String> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    static List<Path> officialExamples() {
        try (Stream<Path> files = Files.list(tic().resolve("examples/in-network-rates"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path legacyExample() {
        return tic().resolve("examples/in-network-rates-v1.0.0-legacy.json");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code -Dtestdata.dir=...} wins; otherwise shared/ sits beside the repository, two levels above this module. */
    private static Path tic() {
        String override = System.getProperty("testdata.dir");
        Path base = override != null && !override.isBlank() ? Path.of(override) : Path.of("../../shared/testdata");
        Path tic = base.resolve("tic");
        if (!Files.isDirectory(tic)) {
            throw new IllegalStateException("TiC schema and examples not found at " + tic.toAbsolutePath().normalize()
                    + "; set -Dtestdata.dir to the shared/testdata folder");
        }
        return tic;
    }

    private static Schema load() {
        // Draft 7 asserts "format" (dates) only when asked to.
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = Files.newInputStream(tic().resolve("schemas/in-network-rates.json"))) {
            return registry.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
