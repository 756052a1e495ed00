package com.payorcontracts.transparency;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A kept in_network item whose provider references are not resolved yet; written to and read from the spill file. */
record PendingItem(BillingCode code, String arrangement, List<BillingCode> bundled, List<PendingRate> rates) {

    void writeTo(DataOutputStream out) throws IOException {
        writeCode(out, code);
        writeNullable(out, arrangement);
        out.writeInt(bundled.size());
        for (BillingCode b : bundled) {
            writeCode(out, b);
        }
        out.writeInt(rates.size());
        for (PendingRate rate : rates) {
            out.writeInt(rate.references().length);
            for (long id : rate.references()) {
                out.writeLong(id);
            }
            out.writeInt(rate.prices().size());
            for (PendingPrice p : rate.prices()) {
                out.writeByte(p.type().ordinal());
                out.writeUTF(p.amount().toString());
                out.writeByte(p.billingClass().ordinal());
                out.writeByte(p.setting().ordinal());
                writeStrings(out, p.placesOfService());
                writeStrings(out, p.modifiers());
                out.writeLong(p.expiration() == null ? Long.MIN_VALUE : p.expiration().toEpochDay());
            }
        }
    }

    static PendingItem readFrom(DataInputStream in) throws IOException {
        BillingCode code = readCode(in);
        String arrangement = readNullable(in);
        int bundledCount = in.readInt();
        List<BillingCode> bundled = new ArrayList<>(bundledCount);
        for (int i = 0; i < bundledCount; i++) {
            bundled.add(readCode(in));
        }
        int rateCount = in.readInt();
        List<PendingRate> rates = new ArrayList<>(rateCount);
        for (int r = 0; r < rateCount; r++) {
            long[] ids = new long[in.readInt()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = in.readLong();
            }
            int priceCount = in.readInt();
            List<PendingPrice> prices = new ArrayList<>(priceCount);
            for (int i = 0; i < priceCount; i++) {
                NegotiatedType type = NegotiatedType.values()[in.readByte()];
                BigDecimal amount = new BigDecimal(in.readUTF());
                TicBillingClass billingClass = TicBillingClass.values()[in.readByte()];
                Setting setting = Setting.values()[in.readByte()];
                List<String> places = readStrings(in);
                List<String> modifiers = readStrings(in);
                long day = in.readLong();
                prices.add(new PendingPrice(type, amount, billingClass, setting, places, modifiers,
                        day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day)));
            }
            rates.add(new PendingRate(ids, prices));
        }
        return new PendingItem(code, arrangement, bundled, rates);
    }

    private static void writeCode(DataOutputStream out, BillingCode code) throws IOException {
        writeNullable(out, code.type());
        writeNullable(out, code.code());
    }

    private static BillingCode readCode(DataInputStream in) throws IOException {
        return new BillingCode(readNullable(in), readNullable(in));
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            writeNullable(out, v);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(readNullable(in));
        }
        return values;
    }

    private static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}

/** One {@code negotiated_rates} entry: the provider reference ids and the prices they share. */
record PendingRate(long[] references, List<PendingPrice> prices) {
}

/** One negotiated price, validated, before its providers are known. */
record PendingPrice(NegotiatedType type, BigDecimal amount, TicBillingClass billingClass, Setting setting,
        List<String> placesOfService, List<String> modifiers, LocalDate expiration) {
}
