import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A bounded fixed-rate load generator for loopback benchmarks: sends RATE GET requests per second
 * for SECONDS seconds over keep-alive HTTP/1.1 connections, then stops.
 *
 * <p>Two threads: a sender that sleeps until each request is due and writes it, and a reader that
 * blocks until answers arrive, so each answer is timed as soon as it is there and neither thread
 * wakes without work. The single-thread version before it polled for answers every 50 us between
 * sends: it cost about a fifth of a core at 1,000 requests/s on a machine of two, taken from the
 * proxies it measured, and saw an answer up to one nap late (docs/benchmarks.md, gateway). It
 * allocates little per request (the answer's head as text), so its own garbage collector does not
 * pause it. An earlier version built on java.net.http measured a p99 of 5 to 39 ms against an
 * nginx answering from memory.
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

    /** A whole answer: its status, and whether the server closes the connection after it. */
    record Answer(int status, boolean closes) {
    }

    /**
     * One keep-alive connection. Whoever took it from the idle pool (the sender, or the reader
     * that sends a queued request on it) writes the request; only the reader reads the answer.
     */
    private static final class Connection {
        final SocketChannel channel;
        final ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        /** Set by the sending thread before the write, read by the reader once the answer is in. */
        volatile int request = -1;
        volatile long scheduled;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }
    }

    private final InetSocketAddress address;
    private final byte[] requestBytes;
    private final long[] latencies;
    private final int total;
    private final int skipped;
    /** Idle connections and requests waiting for one; guarded by {@code this}. */
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private final ArrayDeque<long[]> queued = new ArrayDeque<>();
    private final Selector selector;
    private final AtomicInteger ok = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private volatile long deadline;

    FixedRate(URI uri, String auth, int total, int skipped) throws IOException {
        int port = uri.getPort() > 0 ? uri.getPort() : 80;
        this.address = new InetSocketAddress(uri.getHost(), port);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String request = "GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + port + "\r\n"
                + (auth == null ? "" : "Authorization: " + auth + "\r\n") + "Accept: application/json\r\n\r\n";
        this.requestBytes = request.getBytes(StandardCharsets.US_ASCII);
        this.latencies = new long[total];
        this.total = total;
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
        long start = System.nanoTime() + 100_000_000L;
        run.deadline = start + TimeUnit.SECONDS.toNanos(warmup + seconds + 30L);
        Thread reader = new Thread(() -> {
            try {
                run.read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "reader");
        // A daemon, so a sender that fails does not leave the JVM waiting for the reader's deadline.
        reader.setDaemon(true);
        reader.start();
        run.send(start, 1_000_000_000L / rate);
        reader.join();
        run.report(total - skipped);
    }

    /** The sender: each request at its time, on an idle connection or queued for the next free one. */
    private void send(long start, long intervalNanos) throws IOException {
        for (int next = 0; next < total; next++) {
            long scheduled = start + next * intervalNanos;
            long due;
            while ((due = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(due);
            }
            if (System.nanoTime() > deadline) {
                return;
            }
            Connection connection;
            synchronized (this) {
                connection = idle.poll();
                if (connection == null) {
                    if (queued.size() < MAX_QUEUED) {
                        queued.add(new long[] {next, scheduled});
                    } else {
                        latencies[next] = -1;
                        if (next >= skipped) {
                            dropped.incrementAndGet();
                        }
                        finished.incrementAndGet();
                    }
                    continue;
                }
            }
            write(connection, next, scheduled);
        }
    }

    /** The reader: blocks until answers arrive, times each one, and passes the connection on. */
    private void read() throws IOException {
        while (finished.get() < total && System.nanoTime() < deadline) {
            selector.select(100);
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
                long latency = System.nanoTime() - connection.scheduled;
                int request = connection.request;
                if (request < 0) {
                    replace(connection); // an answer to no request: the connection cannot be trusted
                    continue;
                }
                latencies[request] = latency;
                if (request >= skipped) {
                    (answer.status() == 200 ? ok : errors).incrementAndGet();
                }
                finished.incrementAndGet();
                connection.request = -1;
                connection.in.clear();
                if (answer.closes()) {
                    // The server ends the connection after this answer (nginx does every 1,000 requests).
                    replace(connection);
                } else {
                    release(connection);
                }
            }
        }
    }

    private void write(Connection connection, int request, long scheduled) throws IOException {
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

    /** A free connection takes the oldest queued request, or goes back to the idle pool. */
    private void release(Connection connection) throws IOException {
        long[] waiting;
        synchronized (this) {
            waiting = queued.poll();
            if (waiting == null) {
                idle.push(connection);
                return;
            }
        }
        write(connection, (int) waiting[0], waiting[1]);
    }

    /** A connection that broke: its request counts as an error, and a new connection takes its place. */
    private void fail(Connection connection) throws IOException {
        int request;
        // The sender (on a write) and the reader (on a read) can both find the same connection broken.
        synchronized (connection) {
            if (!connection.channel.isOpen()) {
                return;
            }
            request = connection.request;
            connection.request = -1;
            connection.channel.close();
        }
        if (request >= 0) {
            latencies[request] = System.nanoTime() - connection.scheduled;
            if (request >= skipped) {
                errors.incrementAndGet();
            }
            finished.incrementAndGet();
        }
        replace(connection);
    }

    private void replace(Connection connection) throws IOException {
        synchronized (this) {
            idle.remove(connection);
        }
        connection.channel.close(); // also cancels its key; closing twice does nothing
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
        int ok = this.ok.get();
        int errors = this.errors.get();
        int dropped = this.dropped.get();
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
