package com.payorcontracts.x12.remittance;

import com.payorcontracts.x12.Segment;
import com.payorcontracts.x12.X12ReadException;
import com.payorcontracts.x12.X12SegmentReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads X12 835 remittance advice (005010X221A1) from a character stream, one transaction at a time.
 *
 * <p>Each ST..SE transaction becomes one {@link RemittanceAdvice}; files with or without ISA/GS
 * envelopes are accepted, and envelopes are checked (control numbers, counts, nothing left open at
 * the end). Malformed input fails with an {@link X12ReadException} naming the segment; reading never
 * checks the money, that is {@link BalanceCheck}'s job, so an unbalanced remittance can still be shown.
 *
 * <p>The reader holds one transaction in memory at a time; {@link #forEach} hands each one over as
 * soon as its SE is read. Use an {@code InputStreamReader} (the X12 character set is a subset of
 * UTF-8 and ISO-8859-1) to read from bytes. Readers are not closed.
 */
public final class Remittance835Reader {

    private final X12SegmentReader segments;
    private final Consumer<? super RemittanceAdvice> sink;
    private Segment isa;
    private Segment gs;
    private TransactionBuilder transaction;
    private int groupsInInterchange;
    private int transactionsInGroup;
    private int transactionsRead;

    private Remittance835Reader(Reader in, Consumer<? super RemittanceAdvice> sink) {
        this.segments = new X12SegmentReader(in);
        this.sink = sink;
    }

    /** Reads a file that holds exactly one 835 transaction. */
    public static RemittanceAdvice read(Reader in) throws IOException {
        List<RemittanceAdvice> all = readAll(in);
        if (all.size() != 1) {
            throw new X12ReadException(0, null, "expected one 835 transaction, the input holds " + all.size()
                    + "; use readAll or forEach");
        }
        return all.get(0);
    }

    /** Reads every 835 transaction of the input, in file order. */
    public static List<RemittanceAdvice> readAll(Reader in) throws IOException {
        var all = new ArrayList<RemittanceAdvice>();
        forEach(in, all::add);
        return List.copyOf(all);
    }

    /**
     * Streams the input's 835 transactions to {@code sink} as each SE is read. An envelope error after
     * a transaction (e.g. a GE whose count is wrong) is thrown after that transaction was handed over.
     */
    public static void forEach(Reader in, Consumer<? super RemittanceAdvice> sink) throws IOException {
        new Remittance835Reader(in, sink).run();
    }

    private void run() throws IOException {
        for (Segment segment = segments.next(); segment != null; segment = segments.next()) {
            switch (segment.id()) {
                case "ISA" -> openInterchange(segment);
                case "GS" -> openGroup(segment);
                case "ST" -> openTransaction(segment);
                case "SE" -> closeTransaction(segment);
                case "GE" -> closeGroup(segment);
                case "IEA" -> closeInterchange(segment);
                default -> {
                    if (transaction == null) {
                        throw segment.problem("segment outside an ST/SE transaction");
                    }
                    transaction.accept(segment);
                }
            }
        }
        requireNothingOpen();
    }

    private void openInterchange(Segment segment) {
        if (isa != null || gs != null || transaction != null) {
            throw segment.problem("ISA before the previous interchange, group or transaction ended (missing IEA, GE or SE)");
        }
        segment.required(13, "interchange control number");
        isa = segment;
        groupsInInterchange = 0;
    }

    private void openGroup(Segment segment) {
        if (gs != null || transaction != null) {
            throw segment.problem("GS before the previous group or transaction ended (missing GE or SE)");
        }
        segment.required(6, "group control number");
        gs = segment;
        transactionsInGroup = 0;
    }

    private void openTransaction(Segment st) {
        if (transaction != null) {
            throw st.problem("ST before the SE of transaction " + transaction.start().element(2) + " (segment "
                    + transaction.start().position() + ")");
        }
        if (!st.required(1, "transaction set identifier").equals("835")) {
            throw st.problem("ST01 '" + st.element(1) + "' is not 835: this reader reads remittance advice only");
        }
        st.required(2, "transaction set control number");
        var envelope = new Envelope(
                isa == null ? null : isa.element(13).trim(),
                isa == null ? null : isa.element(6).trim(),
                isa == null ? null : isa.element(8).trim(),
                isa == null ? null : isa.element(15).trim(),
                gs == null ? null : gs.element(6),
                gs == null ? null : gs.optional(8),
                st.element(2),
                st.optional(3));
        transaction = new TransactionBuilder(st, envelope);
    }

    private void closeTransaction(Segment se) {
        if (transaction == null) {
            throw se.problem("SE without an ST");
        }
        RemittanceAdvice advice = transaction.build(se);
        transaction = null;
        transactionsInGroup++;
        transactionsRead++;
        sink.accept(advice);
    }

    private void closeGroup(Segment ge) {
        if (transaction != null) {
            throw ge.problem("GE inside transaction " + transaction.start().element(2) + ": its SE is missing");
        }
        if (gs == null) {
            throw ge.problem("GE without a GS");
        }
        requireSame(ge, 2, gs, 6);
        requireCount(ge, "transaction sets", transactionsInGroup);
        gs = null;
        groupsInInterchange++;
    }

    private void closeInterchange(Segment iea) {
        if (gs != null || transaction != null) {
            throw iea.problem("IEA before the open group or transaction ended (missing GE or SE)");
        }
        if (isa == null) {
            throw iea.problem("IEA without an ISA");
        }
        // Compared trimmed: ISA13 is fixed-width, IEA02 is not always padded the same way.
        if (!iea.element(2).trim().equals(isa.element(13).trim())) {
            throw iea.problem("IEA02 '" + iea.element(2) + "' does not match ISA13 '" + isa.element(13) + "'");
        }
        requireCount(iea, "functional groups", groupsInInterchange);
        isa = null;
    }

    private static void requireSame(Segment closing, int n, Segment opening, int m) {
        if (!closing.element(n).equals(opening.element(m))) {
            throw closing.problem(closing.name(n) + " '" + closing.element(n) + "' does not match " + opening.name(m)
                    + " '" + opening.element(m) + "' of segment " + opening.position());
        }
    }

    // Unlike SE01, a wrong GE01/IEA01 means a whole transaction or group may be missing from the file.
    private static void requireCount(Segment closing, String what, int counted) {
        var declared = closing.decimal(1, "number of " + what);
        if (declared.compareTo(java.math.BigDecimal.valueOf(counted)) != 0) {
            throw closing.problem(closing.name(1) + " says " + declared.toPlainString() + " " + what
                    + ", the input holds " + counted);
        }
    }

    private void requireNothingOpen() {
        if (transaction != null) {
            Segment st = transaction.start();
            throw new X12ReadException(st.position(), st.id(), "transaction " + st.element(2)
                    + " has no SE before the end of the input (truncated file?)");
        }
        if (gs != null) {
            throw new X12ReadException(gs.position(), gs.id(), "functional group " + gs.element(6)
                    + " has no GE before the end of the input (truncated file?)");
        }
        if (isa != null) {
            throw new X12ReadException(isa.position(), isa.id(), "interchange " + isa.element(13).trim()
                    + " has no IEA before the end of the input (truncated file?)");
        }
        if (transactionsRead == 0) {
            throw new X12ReadException(0, null, segments.position() == 0
                    ? "the input is empty: no X12 segments"
                    : "the input holds no 835 transaction (no ST segment)");
        }
    }
}
