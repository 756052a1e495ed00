package com.payorcontracts.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Redocly CLI as installed in tools/openapi ({@code npm ci --prefix tools/openapi}, which ./test.sh
 * does), run with that directory's redocly.yaml.
 */
final class Redocly {

    /** What a lint found: the totals and one line per problem. */
    record Result(int errors, int warnings, List<String> problems) {
    }

    private final Path tools;

    Redocly(Path root) {
        this.tools = root.resolve("tools/openapi");
    }

    Result lint(Path document) throws IOException, InterruptedException {
        Path cli = tools.resolve("node_modules/@redocly/cli/bin/cli.js");
        if (!Files.exists(cli)) {
            throw new IllegalStateException(cli + " is missing: run npm ci --prefix tools/openapi");
        }
        Path report = document.resolveSibling(document.getFileName() + ".lint.json");
        ProcessBuilder command = new ProcessBuilder("node", cli.toString(), "lint", document.toString(),
                "--config", tools.resolve("redocly.yaml").toString(), "--format", "json")
                .redirectOutput(report.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        // No usage reports or update checks leave the build.
        command.environment().put("REDOCLY_TELEMETRY", "off");
        command.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process process = command.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("redocly lint did not finish within 2 minutes");
        }
        JsonNode json = new ObjectMapper().readTree(Files.readString(report, StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        for (JsonNode problem : json.path("problems")) {
            problems.add(problem.path("severity").asText() + " " + problem.path("ruleId").asText() + " at "
                    + problem.path("location").path(0).path("pointer").asText() + ": " + problem.path("message").asText());
        }
        return new Result(json.path("totals").path("errors").asInt(-1), json.path("totals").path("warnings").asInt(-1), problems);
    }
}
