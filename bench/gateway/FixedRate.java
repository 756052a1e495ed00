import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded fixed-rate load loop for loopback benchmarks: sends RATE GET requests per second for
 * SECONDS seconds, then stops. Each latency is measured from the request's scheduled time, so a
 * stall counts against every request it delays (no coordinated omission). At most 2,000
 * requests are in flight; past that, requests are counted as dropped. The first WARMUP seconds
 * (default 5) run at the same rate but are not counted: they warm this JVM's own HTTP client, whose
 * first cold requests would otherwise be the p99 of whatever is measured.
 *
 *   java FixedRate.java URL RATE SECONDS [HEADER-VALUE-FOR-AUTHORIZATION [WARMUP]]
 * Prints: sent ok errors dropped p50_ms p90_ms p99_ms max_ms
 */
public class FixedRate {
    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String auth = args.length > 3 ? args[3] : null;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(2)).connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        if (auth != null) {
            builder.header("Authorization", auth);
        }
        HttpRequest request = builder.build();
        int counted = rate * seconds;
        int skipped = rate * warmup;
        int total = skipped + counted;
        long[] latencies = new long[total];
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger dropped = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 100_000_000L;
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger next = new AtomicInteger();
        ticker.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            // Send every request whose time has come (the ticker may wake late).
            while (next.get() < total && start + next.get() * intervalNanos <= now) {
                int i = next.getAndIncrement();
                long scheduled = start + i * intervalNanos;
                if (inFlight.get() >= 2000) {
                    if (i >= skipped) {
                        dropped.incrementAndGet();
                    }
                    latencies[i] = -1;
                    done.countDown();
                    continue;
                }
                inFlight.incrementAndGet();
                client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                    latencies[i] = System.nanoTime() - scheduled;
                    if (i < skipped) {
                        // warm-up: not counted
                    } else if (failure == null && response.statusCode() == 200) {
                        ok.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                    }
                    inFlight.decrementAndGet();
                    done.countDown();
                });
            }
        }, 100, 200, TimeUnit.MICROSECONDS);
        if (!done.await(warmup + seconds + 30L, TimeUnit.SECONDS)) {
            System.err.println("not all requests finished");
        }
        ticker.shutdownNow();
        long[] measured = Arrays.stream(latencies, skipped, total).filter(l -> l >= 0).sorted().toArray();
        System.out.printf("sent=%d ok=%d errors=%d dropped=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f%n",
                counted, ok.get(), errors.get(), dropped.get(), pct(measured, 50), pct(measured, 90), pct(measured, 99),
                measured.length == 0 ? 0 : measured[measured.length - 1] / 1e6);
        System.exit(0);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }
}
