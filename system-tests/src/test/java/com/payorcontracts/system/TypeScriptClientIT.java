package com.payorcontracts.system;

import com.payorcontracts.testing.TestJwt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TypeScript client in clients/typescript, generated from docs/openapi.json and compiled with
 * {@code tsc --strict} ({@code npm run build}), runs its Node tests against this stack through the
 * gateway with a token per role. A document that misdescribes a call the front-end teams make fails
 * here twice: at compile time, or in the scenario. ./test.sh installs its pinned packages ({@code npm ci}).
 */
@ExtendWith(Stack.class)
class TypeScriptClientIT {

    private final Path client = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize()
            .resolve("clients/typescript");

    @Test
    void theGeneratedClientCompilesStrictlyAndWalksTheScenarioThroughTheGateway() throws Exception {
        assertThat(client.resolve("node_modules/.bin/tsc")).as("npm ci --prefix clients/typescript has run").exists();

        Run build = run(List.of("npm", "run", "build"), Map.of());
        assertThat(build.exitCode()).as("npm run build (generate, tsc --strict):%n%s", build.output()).isZero();

        Run tests = run(List.of("node", "--test", "dist/test/"), Map.of(
                "PC_GATEWAY_URL", "http://127.0.0.1:" + Stack.GATEWAY_PORT,
                "PC_TOKEN_CONTRACT_MANAGER", TestJwt.forRoles("contract-manager"),
                "PC_TOKEN_BILLING_INTEGRATION", TestJwt.forRoles("billing-integration"),
                "PC_TOKEN_ANALYST", TestJwt.forRoles("analyst")));
        System.out.println(tests.output());
        assertThat(tests.exitCode()).as("node --test:%n%s", tests.output()).isZero();
        assertThat(tests.output()).contains("# fail 0").containsPattern("# pass [1-9]");
    }

    private record Run(int exitCode, String output) {
    }

    private Run run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        Path log = Files.createTempFile("typescript-client", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(client.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish within 3 minutes");
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
