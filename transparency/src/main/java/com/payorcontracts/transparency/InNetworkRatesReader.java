package com.payorcontracts.transparency;

import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Streams a CMS in-network-rates file (schema v2.x, plain or gzip), handing each kept negotiated
 * price to a consumer. One pass over the input: provider references are kept in memory (only the
 * groups in the market scope, and once rates have been seen only the ids they use); items read
 * before the references they need are spilled to a temporary file and resolved after the pass.
 *
 * <p>A v1 file (version 1.x, {@code reporting_plans}, or provider groups inline in a rate) is
 * refused with what differs. A truncated or invalid file fails with a {@link TicReadException}
 * naming the byte offset, JSON path and reason; the consumer may already have received rates, so
 * an importer must treat the exception as failing the whole import.
 */
public final class InNetworkRatesReader {

    /** The schema's expiration date for "does not expire". */
    static final String NO_EXPIRATION = "9999-12-31";

    private static final String ALL_PLACES = "CSTM-00";
    private static final Set<String> KEPT_CODE_TYPES = Set.of("CPT", "HCPCS");

    private final ReadOptions options;
    private final Consumer<NegotiatedRate> sink;
    private final Map<String, String> header = new HashMap<>();
    private final Map<Long, List<Provider>> references = new HashMap<>();
    private final Set<Long> referencedBySpilled = new HashSet<>();
    private final Map<String, Long> skippedByCodeType = new TreeMap<>();
    private boolean referencesRead;
    private boolean inNetworkSeen;
    private Path spillFile;
    private DataOutputStream spill;
    private long itemsRead;
    private long itemsKept;
    private long itemsOutsideCodeSet;
    private long ratesEmitted;
    private long pricesOutsideScope;
    private long unresolvedReferences;
    private long remoteReferences;
    private boolean spilled;

    private InNetworkRatesReader(ReadOptions options, Consumer<NegotiatedRate> sink) {
        this.options = options;
        this.sink = sink;
    }

    /** Reads {@code in} (not closed here), handing every kept price to {@code sink}. */
    public static ReadSummary read(InputStream in, ReadOptions options, Consumer<NegotiatedRate> sink)
            throws IOException {
        InNetworkRatesReader reader = new InNetworkRatesReader(options, sink);
        try {
            return reader.readAll(in);
        } finally {
            reader.deleteSpill();
        }
    }

    private ReadSummary readAll(InputStream in) throws IOException {
        try (JsonCursor json = JsonCursor.open(new NonClosing(in))) {
            json.next();
            json.expect(JsonToken.START_OBJECT, "an in-network-rates file");
            String field;
            while ((field = json.nextField()) != null) {
                switch (field) {
                    case "version" -> {
                        String version = json.text("version");
                        header.put(field, version);
                        refuseVersionOne(json, version);
                    }
                    case "reporting_plans" -> throw json.fail(VersionOne.REPORTING_PLANS);
                    case "provider_references" -> readReferences(json);
                    case "in_network" -> readInNetwork(json);
                    case "reporting_entity_name", "reporting_entity_type", "plan_name", "plan_id_type", "plan_id",
                            "plan_market_type", "issuer_name", "plan_sponsor_name", "last_updated_on" ->
                            header.put(field, json.text(field));
                    default -> json.skip();
                }
            }
            if (json.hasTrailingContent()) {
                throw json.fail("unexpected content after the end of the top-level object");
            }
            if (header.get("version") == null) {
                throw json.fail("the file has no version: an in-network-rates file names its schema version (2.x)");
            }
        }
        resolveSpilled();
        return new ReadSummary(header(), itemsRead, itemsKept, itemsOutsideCodeSet, skippedByCodeType, ratesEmitted,
                pricesOutsideScope, unresolvedReferences, remoteReferences, spilled);
    }

    private static void refuseVersionOne(JsonCursor json, String version) {
        if (version == null || !version.startsWith("2.")) {
            throw json.fail(version != null && version.startsWith("1.")
                    ? VersionOne.refusal(version)
                    : "version '" + version + "' is not supported: this reader reads in-network-rates schema 2.x");
        }
    }

    private InNetworkFileHeader header() {
        return new InNetworkFileHeader(header.get("reporting_entity_name"), header.get("reporting_entity_type"),
                header.get("plan_name"), header.get("plan_id_type"), header.get("plan_id"),
                header.get("plan_market_type"), header.get("issuer_name"), header.get("plan_sponsor_name"),
                header.get("last_updated_on"), header.get("version"));
    }

    // ---- provider_references

    private void readReferences(JsonCursor json) {
        json.expect(JsonToken.START_ARRAY, "provider_references");
        while (json.next() != JsonToken.END_ARRAY) {
            json.expect(JsonToken.START_OBJECT, "a provider reference");
            Long id = null;
            List<Provider> groups = null;
            boolean remote = false;
            String field;
            while ((field = json.nextField()) != null) {
                switch (field) {
                    case "provider_group_id" -> id = json.whole("provider_group_id");
                    case "provider_groups" -> groups = readGroups(json);
                    case "location" -> {
                        json.text("location");
                        remote = true;
                    }
                    default -> json.skip();
                }
            }
            if (id == null) {
                throw json.fail("a provider reference has no provider_group_id");
            }
            if (groups == null) {
                if (!remote) {
                    throw json.fail("provider reference " + id + " has neither provider_groups nor location");
                }
                remoteReferences++;
                continue;
            }
            // After in_network, every kept rate is spilled and its ids known: keep only those.
            if (!inNetworkSeen || referencedBySpilled.contains(id)) {
                references.put(id, groups);
            }
        }
        referencesRead = true;
    }

    private List<Provider> readGroups(JsonCursor json) {
        json.expect(JsonToken.START_ARRAY, "provider_groups");
        List<Provider> kept = new ArrayList<>();
        while (json.next() != JsonToken.END_ARRAY) {
            Provider provider = readGroup(json);
            long[] npis = provider.npis().stream().mapToLong(Long::longValue).toArray();
            if (options.scope().includes(provider.tin(), npis)) {
                kept.add(provider);
            }
        }
        return kept;
    }

    private Provider readGroup(JsonCursor json) {
        json.expect(JsonToken.START_OBJECT, "a provider group");
        long[] npis = null;
        String tinType = null;
        String tin = null;
        String field;
        while ((field = json.nextField()) != null) {
            switch (field) {
                case "npi" -> npis = json.wholes("npi");
                case "tin" -> {
                    json.expect(JsonToken.START_OBJECT, "tin");
                    String tinField;
                    while ((tinField = json.nextField()) != null) {
                        switch (tinField) {
                            case "type" -> tinType = json.text("tin type");
                            case "value" -> tin = json.text("tin value");
                            default -> json.skip();
                        }
                    }
                }
                default -> json.skip();
            }
        }
        if (tin == null || tin.isBlank()) {
            throw json.fail("a provider group has no tin value");
        }
        if (npis == null || npis.length == 0) {
            throw json.fail("a provider group has no npi list (a TIN-only group is written npi: [0])");
        }
        List<Long> list = new ArrayList<>(npis.length);
        for (long npi : npis) {
            if (npi != 0) {
                list.add(npi);
            }
        }
        return new Provider(tinType, tin, list);
    }

    // ---- in_network

    private void readInNetwork(JsonCursor json) throws IOException {
        json.expect(JsonToken.START_ARRAY, "in_network");
        inNetworkSeen = true;
        while (json.next() != JsonToken.END_ARRAY) {
            json.expect(JsonToken.START_OBJECT, "an in_network item");
            readItem(json);
        }
    }

    private void readItem(JsonCursor json) throws IOException {
        itemsRead++;
        String codeType = null;
        String code = null;
        String arrangement = null;
        List<BillingCode> bundled = List.of();
        List<PendingRate> rates = null;
        boolean ratesSkipped = false;
        String field;
        while ((field = json.nextField()) != null) {
            switch (field) {
                case "billing_code_type" -> codeType = json.text(field);
                case "billing_code" -> code = json.text(field);
                case "negotiation_arrangement" -> arrangement = json.text(field);
                case "bundled_codes", "covered_services" -> bundled = readContainedCodes(json, field);
                case "negotiated_rates" -> {
                    // Usually the code comes first and an unwanted item's rates are skipped unread;
                    // when it comes after, this one item's rates are read and then judged.
                    if (codeType != null && code != null && !wanted(codeType, code)) {
                        json.expect(JsonToken.START_ARRAY, "negotiated_rates");
                        json.skip();
                        ratesSkipped = true;
                    } else {
                        rates = readRates(json);
                    }
                }
                default -> json.skip();
            }
        }
        if (codeType == null || code == null) {
            throw json.fail("an in_network item has no " + (codeType == null ? "billing_code_type" : "billing_code"));
        }
        if (rates == null && !ratesSkipped) {
            throw json.fail("in_network item " + codeType + " " + code + " has no negotiated_rates");
        }
        if (!KEPT_CODE_TYPES.contains(codeType)) {
            skippedByCodeType.merge(codeType, 1L, Long::sum);
            return;
        }
        if (!options.wants(code)) {
            itemsOutsideCodeSet++;
            return;
        }
        itemsKept++;
        PendingItem item = new PendingItem(new BillingCode(codeType, code), arrangement, bundled, rates);
        if (referencesRead) {
            emit(item);
        } else {
            spill(item);
        }
    }

    private boolean wanted(String codeType, String code) {
        return KEPT_CODE_TYPES.contains(codeType) && options.wants(code);
    }

    private static List<BillingCode> readContainedCodes(JsonCursor json, String what) {
        json.expect(JsonToken.START_ARRAY, what);
        List<BillingCode> codes = new ArrayList<>();
        while (json.next() != JsonToken.END_ARRAY) {
            json.expect(JsonToken.START_OBJECT, what + " item");
            String type = null;
            String code = null;
            String field;
            while ((field = json.nextField()) != null) {
                switch (field) {
                    case "billing_code_type" -> type = json.text(field);
                    case "billing_code" -> code = json.text(field);
                    default -> json.skip();
                }
            }
            codes.add(new BillingCode(type, code));
        }
        return codes;
    }

    private List<PendingRate> readRates(JsonCursor json) {
        json.expect(JsonToken.START_ARRAY, "negotiated_rates");
        List<PendingRate> rates = new ArrayList<>();
        while (json.next() != JsonToken.END_ARRAY) {
            json.expect(JsonToken.START_OBJECT, "a negotiated_rates item");
            long[] ids = null;
            List<PendingPrice> prices = null;
            String field;
            while ((field = json.nextField()) != null) {
                switch (field) {
                    case "provider_references" -> ids = json.wholes(field);
                    case "negotiated_prices" -> prices = readPrices(json);
                    case "provider_groups" -> throw json.fail(VersionOne.INLINE_GROUPS);
                    default -> json.skip();
                }
            }
            if (ids == null || ids.length == 0) {
                throw json.fail("a negotiated_rates item has no provider_references");
            }
            if (prices == null || prices.isEmpty()) {
                throw json.fail("a negotiated_rates item has no negotiated_prices");
            }
            rates.add(new PendingRate(ids, prices));
        }
        return rates;
    }

    private static List<PendingPrice> readPrices(JsonCursor json) {
        json.expect(JsonToken.START_ARRAY, "negotiated_prices");
        List<PendingPrice> prices = new ArrayList<>();
        while (json.next() != JsonToken.END_ARRAY) {
            json.expect(JsonToken.START_OBJECT, "a negotiated price");
            prices.add(readPrice(json));
        }
        return prices;
    }

    private static PendingPrice readPrice(JsonCursor json) {
        String type = null;
        BigDecimal amount = null;
        String billingClass = null;
        String setting = null;
        String expiration = null;
        List<String> places = List.of();
        List<String> modifiers = List.of();
        String field;
        while ((field = json.nextField()) != null) {
            switch (field) {
                case "negotiated_type" -> type = json.text(field);
                case "negotiated_rate" -> amount = json.decimal(field);
                case "billing_class" -> billingClass = json.text(field);
                case "setting" -> setting = json.text(field);
                case "expiration_date" -> expiration = json.text(field);
                case "service_code" -> places = json.strings(field);
                case "billing_code_modifier" -> modifiers = json.strings(field);
                default -> json.skip();
            }
        }
        NegotiatedType negotiatedType = NegotiatedType.of(type);
        if (negotiatedType == null) {
            throw json.fail(type == null ? "a negotiated price has no negotiated_type"
                    : "negotiated_type '" + type + "' is not one of negotiated, derived, fee schedule, percentage, per diem");
        }
        if (amount == null) {
            throw json.fail("a negotiated price has no negotiated_rate");
        }
        if (amount.signum() <= 0) {
            throw json.fail("negotiated_rate " + amount.toPlainString() + " must be greater than 0");
        }
        TicBillingClass tbc = TicBillingClass.of(billingClass);
        if (tbc == null) {
            throw json.fail(billingClass == null ? "a negotiated price has no billing_class"
                    : "billing_class '" + billingClass + "' is not one of professional, institutional, both");
        }
        Setting s = Setting.of(setting);
        if (s == null) {
            throw json.fail(setting == null ? "a negotiated price has no setting (required since schema 2.0)"
                    : "setting '" + setting + "' is not one of inpatient, outpatient, both");
        }
        if (expiration == null) {
            throw json.fail("a negotiated price has no expiration_date");
        }
        LocalDate expires;
        try {
            expires = NO_EXPIRATION.equals(expiration) ? null : LocalDate.parse(expiration);
        } catch (DateTimeParseException e) {
            throw json.fail("expiration_date '" + expiration + "' is not a date (YYYY-MM-DD)");
        }
        List<String> placesOfService = places.size() == 1 && ALL_PLACES.equals(places.get(0)) ? List.of() : places;
        return new PendingPrice(negotiatedType, amount, tbc, s, placesOfService, modifiers, expires);
    }

    // ---- resolving references

    private void emit(PendingItem item) {
        for (PendingRate rate : item.rates()) {
            List<Provider> providers = new ArrayList<>();
            boolean anyResolved = false;
            for (long id : rate.references()) {
                List<Provider> groups = references.get(id);
                if (groups == null) {
                    unresolvedReferences++;
                } else {
                    anyResolved = true;
                    providers.addAll(groups);
                }
            }
            if (providers.isEmpty()) {
                if (anyResolved) {
                    pricesOutsideScope += rate.prices().size();
                }
                continue;
            }
            for (PendingPrice p : rate.prices()) {
                sink.accept(new NegotiatedRate(item.code(), item.arrangement(), item.bundled(), p.type(), p.amount(),
                        p.billingClass(), p.setting(), p.placesOfService(), p.modifiers(), p.expiration(), providers));
                ratesEmitted++;
            }
        }
    }

    private void spill(PendingItem item) throws IOException {
        if (spill == null) {
            spillFile = options.spillDirectory() == null
                    ? Files.createTempFile("tic-spill-", ".bin")
                    : Files.createTempFile(options.spillDirectory(), "tic-spill-", ".bin");
            spill = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spillFile), 1 << 16));
            spilled = true;
        }
        for (PendingRate rate : item.rates()) {
            for (long id : rate.references()) {
                referencedBySpilled.add(id);
            }
        }
        spill.writeBoolean(true);
        item.writeTo(spill);
    }

    private void resolveSpilled() throws IOException {
        if (spill == null) {
            return;
        }
        spill.writeBoolean(false);
        spill.close();
        spill = null;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spillFile), 1 << 16))) {
            while (in.readBoolean()) {
                emit(PendingItem.readFrom(in));
            }
        }
    }

    private void deleteSpill() {
        try {
            if (spill != null) {
                spill.close();
            }
            if (spillFile != null) {
                Files.deleteIfExists(spillFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets the parser close its view without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The caller opened the stream and closes it.
        }
    }
}
