import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Webhook latency from cause to receipt (not a test): registers an endpoint for job.finished on
 * ANALYTICS, starts EVENTS repricing jobs, and times each job.finished delivery from its cause (the
 * body's timestamp: when the job's end committed, with its event, in analytics' outbox) to its
 * arrival at this receiver on loopback. Prints p50, p99 and max, and the events per second.
 * Usage: java WebhookLatency.java ANALYTICS_URL TOKEN EVENTS
 */
public class WebhookLatency {

    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\":\"([^\"]+)\"");
    private static final Pattern JOB = Pattern.compile("\"jobId\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String analytics = args[0];
        String token = args[1];
        int events = Integer.parseInt(args[2]);
        Map<String, Long> lagMillis = new ConcurrentHashMap<>();
        Set<String> jobs = ConcurrentHashMap.newKeySet();

        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.createContext("/hook", exchange -> {
            Instant arrived = Instant.now();
            String body = new String(exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            Matcher job = JOB.matcher(body);
            Matcher at = TIMESTAMP.matcher(body);
            if (job.find() && at.find()) {
                lagMillis.putIfAbsent(job.group(1), Duration.between(Instant.parse(at.group(1)), arrived).toMillis());
            }
        });
        receiver.start();

        HttpClient http = HttpClient.newHttpClient();
        post(http, analytics + "/api/v1/webhooks/endpoints", token,
                "{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\",\"eventTypes\":[\"job.finished\"]}");
        Instant start = Instant.now();
        for (int i = 0; i < events; i++) {
            Matcher id = ID.matcher(post(http, analytics + "/api/v1/analytics/repricing", token, "{}"));
            if (id.find()) {
                jobs.add(id.group(1));
            }
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (!lagMillis.keySet().containsAll(jobs) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        Duration took = Duration.between(start, Instant.now());
        List<Long> lags = new ArrayList<>();
        jobs.forEach(job -> lags.add(lagMillis.getOrDefault(job, Long.MAX_VALUE)));
        Collections.sort(lags);
        long missing = lags.stream().filter(lag -> lag == Long.MAX_VALUE).count();
        System.out.printf("%d events (%d missing) in %.1f s (%.0f/s): cause to receipt p50 %d ms, p99 %d ms, max %d ms%n",
                jobs.size(), missing, took.toMillis() / 1000.0, jobs.size() * 1000.0 / took.toMillis(),
                percentile(lags, 0.50), percentile(lags, 0.99), lags.get(lags.size() - 1));
        receiver.stop(0);
        System.exit(missing == 0 ? 0 : 1);
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.get((int) Math.ceil(p * sorted.size()) - 1);
    }

    private static String post(HttpClient http, String url, String token, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
