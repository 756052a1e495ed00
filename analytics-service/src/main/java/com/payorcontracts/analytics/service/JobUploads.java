package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.repository.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jobs whose input is stored while it arrives and read by the job at the same time, so that a big
 * upload is being imported rather than waited for. Every piece is committed to {@code job_input}
 * before the job may read it, so a job resumed elsewhere reads exactly what this one read. The local
 * runner takes the pieces from memory (at most {@link #AHEAD} of them, after which the upload waits
 * for the job); a runner elsewhere runs the job only once the whole input is stored. An upload that
 * breaks off fails its job: what the job already committed stays (and is priced: {@link Jobs#fail}),
 * and counts once when the file is uploaded again.
 */
@ApplicationScoped
public class JobUploads {

    /** Pieces the upload may be ahead of the job reading it: bounds the memory a job's input takes here. */
    static final int AHEAD = 8;
    private static final int PIECE = 4 << 20;

    private final Jdbc jdbc;
    private final Jobs jobs;
    private final Clock clock;
    private final Map<UUID, Receiving> receiving = new ConcurrentHashMap<>();

    JobUploads(Jdbc jdbc, Jobs jobs, Clock clock) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.clock = clock;
    }

    /**
     * Queues a job of the input and stores the input, returning once all of it is stored; the job may
     * already have started (or even failed, on a bad header). A failure to read the input fails the job.
     */
    public UUID create(Jobs.Kind kind, Map<String, Object> params, InputStream input) {
        UUID id = jobs.createReceiving(kind, params);
        Receiving upload = new Receiving();
        receiving.put(id, upload);
        jobs.wake();
        int seq = 0;
        try {
            while (true) {
                byte[] piece = input.readNBytes(PIECE);
                if (piece.length == 0) {
                    break;
                }
                store(id, seq, piece);
                upload.arrived(seq++, piece);
            }
            complete(id, seq);
            upload.complete(seq);
        } catch (IOException | RuntimeException e) {
            upload.broke(e);
            jobs.failIfQueued(id, "the upload broke off after " + seq + " pieces of " + (PIECE >> 20)
                    + " MB; upload the file again: what was stored already counts once");
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        } finally {
            receiving.remove(id);
        }
        return id;
    }

    /** The jobs this replica is receiving, which its runner may start before their input is complete. */
    UUID[] receivingHere() {
        return receiving.keySet().toArray(UUID[]::new);
    }

    /** The job's input: from memory while this replica receives it, from the database otherwise. */
    InputStream input(UUID id) {
        Receiving upload = receiving.get(id);
        return upload == null ? jobs.input(id) : new Pieces(id, upload);
    }

    private void store(UUID id, int seq, byte[] piece) {
        jdbc.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO job_input (job_id, seq, data) VALUES (?, ?, ?)")) {
                statement.setObject(1, id);
                statement.setInt(2, seq);
                statement.setBytes(3, piece);
                statement.executeUpdate();
            }
            // While it waits for a runner, the job's heartbeat says its upload is alive.
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE job SET heartbeat = ? WHERE id = ? AND state = 'QUEUED'")) {
                statement.setTimestamp(1, Timestamp.from(Instant.now(clock)));
                statement.setObject(2, id);
                statement.executeUpdate();
            }
            return null;
        });
    }

    private void complete(UUID id, int pieces) {
        jdbc.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE job SET receiving = false, input_pieces = ? WHERE id = ?")) {
                statement.setInt(1, pieces);
                statement.setObject(2, id);
                statement.executeUpdate();
            }
            // A job that failed early (a bad header) has no more use for what arrived after.
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM job_input WHERE job_id = ? AND EXISTS "
                            + "(SELECT 1 FROM job WHERE id = ? AND state IN ('SUCCEEDED', 'FAILED'))")) {
                statement.setObject(1, id);
                statement.setObject(2, id);
                statement.executeUpdate();
            }
            return null;
        });
    }

    /** An upload in progress on this replica, as its job reads it. */
    private static final class Receiving {
        private final Map<Integer, byte[]> waiting = new HashMap<>();
        private int arrived;
        private int total = -1;
        private Exception broken;
        private boolean reading;

        synchronized void arrived(int seq, byte[] piece) throws IOException {
            while (reading && waiting.size() >= AHEAD && broken == null) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while the job read the upload", e);
                }
            }
            if (reading) {
                waiting.put(seq, piece);
            }
            arrived = seq + 1;
            notifyAll();
        }

        synchronized void complete(int pieces) {
            total = pieces;
            notifyAll();
        }

        synchronized void broke(Exception e) {
            broken = e;
            notifyAll();
        }

        synchronized void attach() {
            reading = true;
        }

        synchronized void detach() {
            reading = false;
            waiting.clear();
            notifyAll();
        }

        /** Piece {@code seq} if it is in memory; null if it was stored before the job read along; waits for it. */
        synchronized Taken take(int seq) throws IOException {
            while (true) {
                byte[] piece = waiting.remove(seq);
                if (piece != null) {
                    notifyAll();
                    return new Taken(piece, false);
                }
                if (seq < arrived) {
                    return new Taken(null, false);
                }
                if (total >= 0 && seq >= total) {
                    return new Taken(null, true);
                }
                if (broken != null) {
                    throw new IOException("the upload broke off: " + broken.getMessage(), broken);
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the upload", e);
                }
            }
        }
    }

    private record Taken(byte[] piece, boolean end) {
    }

    /** The pieces of an upload still arriving, in order. */
    private final class Pieces extends InputStream {
        private final UUID id;
        private final Receiving upload;
        private byte[] current = new byte[0];
        private int position;
        private int next;
        private boolean end;

        Pieces(UUID id, Receiving upload) {
            this.id = id;
            this.upload = upload;
            upload.attach();
        }

        private boolean fill() throws IOException {
            while (!end && position >= current.length) {
                Taken taken = upload.take(next);
                if (taken.end()) {
                    end = true;
                } else {
                    current = taken.piece() != null ? taken.piece() : jobs.piece(id, next);
                    position = 0;
                    next++;
                }
            }
            return !end;
        }

        @Override
        public int read() throws IOException {
            return fill() ? current[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, n);
            position += n;
            return n;
        }

        @Override
        public void close() {
            upload.detach();
        }
    }
}
