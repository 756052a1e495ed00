import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A bounded fixed-rate load generator for loopback benchmarks: sends RATE GET requests per second
 * for SECONDS seconds over keep-alive HTTP/1.1 connections, then stops.
 *
 * <p>One thread does everything (send on time, read every answer), so no answer waits for a
 * thread hand-off, and it allocates little per request (the answer's head as text), so its own
 * garbage collector does not pause it. An earlier version built on java.net.http measured a p99
 * of 5 to 39 ms against an nginx answering from memory; this one measures under 1 ms there
 * (docs/benchmarks.md, gateway).
 *
 * <p>Each latency runs from the request's scheduled time, so a stall of the target counts against
 * every request it delays (no coordinated omission): with no idle connection a request waits in a
 * queue, its clock already running. At most CONNECTIONS (64) are open. The first WARMUP seconds
 * (default 5) run at the same rate but are not counted: they warm this JVM's code.
 *
 *   java FixedRate.java URL RATE SECONDS [HEADER-VALUE-FOR-AUTHORIZATION [WARMUP]]
 * Prints: sent ok errors dropped p50_ms p90_ms p99_ms max_ms
 */
public class FixedRate {

    private static final int CONNECTIONS = 64;
    private static final int MAX_QUEUED = 2_000;
    /** Longest sleep before a send is due: the most a due answer can wait to be read. */
    private static final long MAX_NAP_NANOS = 50_000;

    /** A whole answer: its status, and whether the server closes the connection after it. */
    record Answer(int status, boolean closes) {
    }

    /** One keep-alive connection and the answer it is reading. */
    private static final class Connection {
        final SocketChannel channel;
        final ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        int request = -1;
        long scheduled;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }
    }

    private final InetSocketAddress address;
    private final byte[] requestBytes;
    private final long[] latencies;
    private final int skipped;
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private final ArrayDeque<long[]> queued = new ArrayDeque<>();
    private final Selector selector;
    private int ok;
    private int errors;
    private int dropped;
    private int finished;

    FixedRate(URI uri, String auth, int total, int skipped) throws IOException {
        int port = uri.getPort() > 0 ? uri.getPort() : 80;
        this.address = new InetSocketAddress(uri.getHost(), port);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String request = "GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + port + "\r\n"
                + (auth == null ? "" : "Authorization: " + auth + "\r\n") + "Accept: application/json\r\n\r\n";
        this.requestBytes = request.getBytes(StandardCharsets.US_ASCII);
        this.latencies = new long[total];
        this.skipped = skipped;
        this.selector = Selector.open();
        for (int i = 0; i < CONNECTIONS; i++) {
            idle.push(open());
        }
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String auth = args.length > 3 ? args[3] : null;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        int skipped = rate * warmup;
        int total = skipped + rate * seconds;
        FixedRate run = new FixedRate(uri, auth, total, skipped);
        run.run(1_000_000_000L / rate, total, TimeUnit.SECONDS.toNanos(warmup + seconds + 30L));
        run.report(total - skipped);
    }

    private void run(long intervalNanos, int total, long limitNanos) throws IOException {
        long start = System.nanoTime() + 100_000_000L;
        int next = 0;
        while (finished < total) {
            long now = System.nanoTime();
            if (now - start > limitNanos) {
                break;
            }
            while (next < total && start + next * intervalNanos <= now) {
                long scheduled = start + next * intervalNanos;
                if (!idle.isEmpty()) {
                    send(idle.pop(), next, scheduled);
                } else if (queued.size() < MAX_QUEUED) {
                    queued.add(new long[] {next, scheduled});
                } else {
                    latencies[next] = -1;
                    if (next >= skipped) {
                        dropped++;
                    }
                    finished++;
                }
                next++;
            }
            long due = next < total ? start + next * intervalNanos - System.nanoTime() : Long.MAX_VALUE;
            if (due > 2_000_000L) {
                selector.select(Math.min(due / 1_000_000L - 1, 100));
            } else {
                if (selector.selectNow() == 0 && due > 0) {
                    LockSupport.parkNanos(Math.min(due, MAX_NAP_NANOS));
                    selector.selectNow();
                }
            }
            readReady();
        }
    }

    private void readReady() throws IOException {
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
            SelectionKey key = keys.next();
            keys.remove();
            Connection connection = (Connection) key.attachment();
            int read;
            try {
                read = connection.channel.read(connection.in);
            } catch (IOException e) {
                read = -1;
            }
            if (read < 0) {
                fail(connection);
                continue;
            }
            Answer answer = complete(connection.in);
            if (answer == null) {
                continue; // not all of the answer yet
            }
            int status = answer.status();
            long latency = System.nanoTime() - connection.scheduled;
            int request = connection.request;
            latencies[request] = latency;
            if (request >= skipped) {
                if (status == 200) {
                    ok++;
                } else {
                    errors++;
                }
            }
            finished++;
            connection.request = -1;
            if (answer.closes()) {
                // The server ends the connection after this answer (nginx does every 1,000 requests).
                replace(connection);
            } else {
                connection.in.clear();
                release(connection);
            }
        }
    }

    private void send(Connection connection, int request, long scheduled) throws IOException {
        connection.request = request;
        connection.scheduled = scheduled;
        ByteBuffer out = ByteBuffer.wrap(requestBytes);
        try {
            while (out.hasRemaining()) {
                if (connection.channel.write(out) == 0) {
                    Thread.onSpinWait(); // a few hundred bytes: the socket buffer takes them at once
                }
            }
        } catch (IOException e) {
            fail(connection);
        }
    }

    private void release(Connection connection) throws IOException {
        long[] waiting = queued.poll();
        if (waiting != null) {
            send(connection, (int) waiting[0], waiting[1]);
        } else {
            idle.push(connection);
        }
    }

    private void fail(Connection connection) throws IOException {
        if (connection.request >= 0) {
            latencies[connection.request] = System.nanoTime() - connection.scheduled;
            if (connection.request >= skipped) {
                errors++;
            }
            finished++;
            connection.request = -1;
        }
        replace(connection);
    }

    private void replace(Connection connection) throws IOException {
        idle.remove(connection);
        connection.channel.close(); // also cancels its key
        release(open());
    }

    private Connection open() throws IOException {
        SocketChannel channel = SocketChannel.open(address);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        channel.configureBlocking(false);
        Connection connection = new Connection(channel);
        channel.register(selector, SelectionKey.OP_READ, connection);
        return connection;
    }

    /**
     * The answer once the buffer holds all of it (head plus a Content-Length or chunked body), else
     * null. The head is read once, for the status, the body's length and Connection: close.
     */
    static Answer complete(ByteBuffer in) {
        byte[] data = in.array();
        int length = in.position();
        int headEnd = indexOf(data, 0, length, "\r\n\r\n");
        if (headEnd < 0) {
            return null;
        }
        String head = new String(data, 0, headEnd, StandardCharsets.US_ASCII);
        int status = Integer.parseInt(head.substring(9, 12));
        int bodyStart = headEnd + 4;
        String lower = head.toLowerCase();
        Answer answer = new Answer(status, lower.contains("\r\nconnection: close"));
        int lengthAt = lower.indexOf("\r\ncontent-length:");
        if (lengthAt >= 0) {
            int valueStart = lengthAt + "\r\ncontent-length:".length();
            int valueEnd = lower.indexOf("\r\n", valueStart);
            long bodyLength = Long.parseLong(lower.substring(valueStart, valueEnd < 0 ? lower.length() : valueEnd).trim());
            return length - bodyStart >= bodyLength ? answer : null;
        }
        if (lower.contains("\r\ntransfer-encoding: chunked")) {
            return indexOf(data, bodyStart, length, "\r\n0\r\n\r\n") >= 0 || indexOf(data, bodyStart, length, "0\r\n\r\n") == bodyStart
                    ? answer : null;
        }
        return answer; // no body (204, 304)
    }

    private static int indexOf(byte[] data, int from, int to, String needle) {
        outer:
        for (int i = from; i <= to - needle.length(); i++) {
            for (int j = 0; j < needle.length(); j++) {
                if (data[i + j] != needle.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private void report(int counted) {
        long[] measured = Arrays.stream(latencies, skipped, latencies.length).filter(v -> v > 0).sorted().toArray();
        int missing = counted - ok - errors - dropped;
        System.out.printf("sent=%d ok=%d errors=%d dropped=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f%n",
                counted, ok, errors + missing, dropped, percentile(measured, 50), percentile(measured, 90),
                percentile(measured, 99), measured.length == 0 ? 0.0 : measured[measured.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0.0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
