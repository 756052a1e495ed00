package com.payorcontracts.system;

import com.payorcontracts.testing.TestJwt;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Starts the whole system once for all system tests: the four packaged services on their own
 * ports (18080-18083, so a running ./run.sh stack is left alone), the test databases, and the
 * test topic on the real broker. REST Assured is pointed at the gateway with an admin token;
 * the gateway verifies tokens with a key pair made for this run (test-support's {@link TestJwt} mints its tokens).
 */
public class Stack implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    static final int GATEWAY_PORT = 18080;

    private static boolean started;

    private final Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private final Path logs = root.resolve("system-tests/target/stack-logs");
    private final ServiceProcess payor = new ServiceProcess("payor-service", 18081, logs);
    private final ServiceProcess contract = new ServiceProcess("contract-service", 18082, logs);
    private final ServiceProcess analytics = new ServiceProcess("analytics-service", 18083, logs);
    private final ServiceProcess gateway = new ServiceProcess("gateway", GATEWAY_PORT, logs);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (Stack.class) {
            if (started) {
                return;
            }
            started = true;
        }
        // Registered on the root context, so it closes after the last test class.
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Stack.class.getName(), this);
        String publicKey = TestJwt.publicKeyFile().toString();
        // Every service checks tokens itself, as the gateway does: all four trust the same key.
        Map<String, String> jwt = Map.of("mp.jwt.verify.publickey.location", publicKey, "mp.jwt.verify.issuer", TestJwt.ISSUER);
        payor.start(root, with(with(database("payor"), jwt),
                Map.of("payorcontracts.topics.payor-changed", "test.payor-changed")));
        contract.start(root, with(with(database("contract"), jwt), Map.of(
                "payorcontracts.topics.contract-changed", "test.contract-changed",
                "payorcontracts.topics.reference-schedule-changed", "test.reference-schedule-changed",
                "payorcontracts.topics.negotiation-changed", "test.negotiation-changed",
                "quarkus.rest-client.payor-service.url", payor.baseUrl(),
                "payorcontracts.consumer.payor-changed.topic", "test.payor-changed",
                "payorcontracts.consumer.payor-changed.group-id", "system-test-payors-" + UUID.randomUUID())));
        analytics.start(root, with(with(with(database("analytics"), jwt), Map.of(
                "payorcontracts.consumer.topic", "test.contract-changed",
                "payorcontracts.consumer.group-id", "system-test-" + UUID.randomUUID(),
                "payorcontracts.consumer.reference-schedule.topic", "test.reference-schedule-changed",
                "payorcontracts.consumer.reference-schedule.group-id", "system-test-rs-" + UUID.randomUUID(),
                "payorcontracts.consumer.negotiation.topic", "test.negotiation-changed",
                "payorcontracts.consumer.negotiation.group-id", "system-test-neg-" + UUID.randomUUID())), Map.of(
                "payorcontracts.webhooks.analytics-topic", "test.analytics-changed",
                "payorcontracts.webhooks.contract-group-id", "system-test-wh-" + UUID.randomUUID(),
                "payorcontracts.webhooks.analytics-group-id", "system-test-wha-" + UUID.randomUUID(),
                "payorcontracts.consumer.payor.topic", "test.payor-changed",
                "payorcontracts.consumer.payor.group-id", "system-test-payor-" + UUID.randomUUID())));
        gateway.start(root, with(jwt, Map.of(
                "gateway.routes.payors.url", payor.baseUrl(),
                "gateway.routes.contracts.url", contract.baseUrl(),
                "gateway.routes.reference-schedules.url", contract.baseUrl(),
                "gateway.routes.service-catalog.url", contract.baseUrl(),
                "gateway.routes.quotes.url", contract.baseUrl(),
                "gateway.routes.analytics.url", analytics.baseUrl(),
                "gateway.routes.webhooks.url", analytics.baseUrl(),
                "gateway.routes.alerts.url", analytics.baseUrl())));
        for (ServiceProcess service : List.of(payor, contract, analytics, gateway)) {
            service.awaitReady(Duration.ofSeconds(120));
        }
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = GATEWAY_PORT;
        // A test's own Authorization header replaces the default one rather than joining it.
        RestAssured.config = RestAssured.config().headerConfig(
                io.restassured.config.HeaderConfig.headerConfig().overwriteHeadersWithName("Authorization"));
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + TestJwt.forRoles("admin")).build();
    }

    @Override
    public void close() throws Exception {
        for (ServiceProcess service : List.of(gateway, analytics, contract, payor)) {
            service.stop();
        }
    }

    private static Map<String, String> database(String service) {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/" + service + "_test",
                "quarkus.flyway.clean-at-start", "true",
                "quarkus.flyway.clean-disabled", "false");
    }

    private static Map<String, String> with(Map<String, String> a, Map<String, String> b) {
        java.util.HashMap<String, String> all = new java.util.HashMap<>(a);
        all.putAll(b);
        return all;
    }
}
