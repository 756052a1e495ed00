package com.payorcontracts.system;

import com.payorcontracts.testing.TestJwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the fault tests share: the settings of a service of their own (a schema of its own in the
 * test database, a broker of its own), contract writes, analytics' consumer outcomes, counts.
 */
final class FaultServices {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private FaultServices() {
    }

    /** A service on {@code schema} of {@code database} (emptied first when {@code clean}) and the broker, trusting the test key. */
    static Map<String, String> settings(String database, String schema, String bootstrap, boolean clean, Map<String, String> more) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/" + database + "?currentSchema=" + schema,
                "quarkus.flyway.schemas", schema,
                "quarkus.flyway.clean-at-start", String.valueOf(clean),
                "quarkus.flyway.clean-disabled", "false",
                "kafka.bootstrap.servers", bootstrap,
                "mp.jwt.verify.publickey.location", TestJwt.publicKeyFile().toString(),
                "mp.jwt.verify.issuer", TestJwt.ISSUER));
        settings.putAll(more);
        return settings;
    }

    /** Creates a contract (id null) or replaces it; its one fee line's amount tells the versions apart. */
    static HttpResponse<String> writeContract(String baseUrl, String id, String payorId, String name, int version) {
        String body = """
                {"payorId":"%s","name":"%s","effectiveDate":"2026-01-01","expirationDate":"2028-12-31",
                 "feeSchedule":[{"code":"62323","amount":%d.00}]}""".formatted(payorId, name, 600 + version);
        HttpRequest.Builder request = HttpRequest.newBuilder()
                .header("Authorization", "Bearer " + TestJwt.forRoles("admin")).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30));
        request = id == null
                ? request.uri(URI.create(baseUrl + "/api/v1/contracts")).POST(HttpRequest.BodyPublishers.ofString(body))
                // Any current version: these tests are about delivering every change, not about racing writers.
                : request.uri(URI.create(baseUrl + "/api/v1/contracts/" + id)).header("If-Match", "*")
                        .PUT(HttpRequest.BodyPublishers.ofString(body));
        return send(request.build());
    }

    /** The id in a JSON answer. */
    static String id(HttpResponse<String> answer) {
        Matcher matcher = ID.matcher(answer.body());
        if (!matcher.find()) {
            throw new AssertionError("no id in " + answer.body());
        }
        return matcher.group(1);
    }

    /** analytics' contract-changed consumer outcomes from its Prometheus metrics: applied, duplicate, stale. */
    static Map<String, Long> outcomes(String analyticsUrl) {
        String metrics = send(HttpRequest.newBuilder(URI.create(analyticsUrl + "/q/metrics")).build()).body();
        Map<String, Long> outcomes = new TreeMap<>();
        Matcher line = Pattern.compile("(?m)^consumer_contract_changed_events_total\\{[^}]*outcome=\"(\\w+)\"[^}]*} ([0-9.E]+)$")
                .matcher(metrics);
        while (line.find()) {
            outcomes.merge(line.group(1), (long) Double.parseDouble(line.group(2)), Long::sum);
        }
        return outcomes;
    }

    /** A number from the schema, as the service's own database user sees it. */
    static long count(String database, String schema, String sql) {
        String user = database.substring(0, database.indexOf('_'));
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/" + database + "?currentSchema=" + schema, user, user);
             Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
