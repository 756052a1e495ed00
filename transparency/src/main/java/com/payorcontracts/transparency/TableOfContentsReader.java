package com.payorcontracts.transparency;

import com.fasterxml.jackson.core.JsonToken;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams a payor's table-of-contents file (plain or gzip): hands each reporting structure (the
 * plans it covers and their in-network files) to a consumer, and returns the top-level facts.
 */
public final class TableOfContentsReader {

    private TableOfContentsReader() {
    }

    /** The table's top-level facts. */
    public record Header(String reportingEntityName, String reportingEntityType, String lastUpdatedOn, String version) {
    }

    /** A plan as the table names it. */
    public record Plan(@Schema(nullable = true) String planName, @Schema(nullable = true) String planIdType,
                       @Schema(nullable = true) String planId, @Schema(nullable = true) String planMarketType,
                       @Schema(nullable = true) String issuerName, @Schema(nullable = true) String planSponsorName) {
    }

    /** A file the table points at. */
    public record FileLocation(@Schema(nullable = true) String description, @Schema(nullable = true) String location) {
    }

    /**
     * One {@code reporting_structure} entry.
     *
     * @param allowedAmountFile null when the entry names none
     */
    public record ReportingStructure(List<Plan> plans, List<FileLocation> inNetworkFiles,
                                     @Schema(nullable = true) FileLocation allowedAmountFile) {
        public ReportingStructure {
            plans = List.copyOf(plans);
            inNetworkFiles = List.copyOf(inNetworkFiles);
        }
    }

    /** Reads {@code in} (closed when done), handing each reporting structure to {@code sink}. */
    public static Header read(InputStream in, Consumer<ReportingStructure> sink) throws IOException {
        Map<String, String> header = new HashMap<>();
        try (JsonCursor json = JsonCursor.open(in)) {
            json.next();
            json.expect(JsonToken.START_OBJECT, "a table-of-contents file");
            String field;
            while ((field = json.nextField()) != null) {
                switch (field) {
                    case "reporting_entity_name", "reporting_entity_type", "last_updated_on", "version" ->
                            header.put(field, json.text(field));
                    case "reporting_structure" -> {
                        json.expect(JsonToken.START_ARRAY, field);
                        while (json.next() != JsonToken.END_ARRAY) {
                            sink.accept(readStructure(json));
                        }
                    }
                    default -> json.skip();
                }
            }
        }
        return new Header(header.get("reporting_entity_name"), header.get("reporting_entity_type"),
                header.get("last_updated_on"), header.get("version"));
    }

    /** Every reporting structure, for tables small enough to list whole. */
    public static List<ReportingStructure> readAll(InputStream in) throws IOException {
        List<ReportingStructure> all = new ArrayList<>();
        read(in, all::add);
        return all;
    }

    private static ReportingStructure readStructure(JsonCursor json) {
        json.expect(JsonToken.START_OBJECT, "a reporting_structure item");
        List<Plan> plans = new ArrayList<>();
        List<FileLocation> files = new ArrayList<>();
        FileLocation allowed = null;
        String field;
        while ((field = json.nextField()) != null) {
            switch (field) {
                case "reporting_plans" -> {
                    json.expect(JsonToken.START_ARRAY, field);
                    while (json.next() != JsonToken.END_ARRAY) {
                        plans.add(readPlan(json));
                    }
                }
                case "in_network_files" -> {
                    json.expect(JsonToken.START_ARRAY, field);
                    while (json.next() != JsonToken.END_ARRAY) {
                        files.add(readLocation(json));
                    }
                }
                case "allowed_amount_file" -> allowed = readLocation(json);
                default -> json.skip();
            }
        }
        return new ReportingStructure(plans, files, allowed);
    }

    private static Plan readPlan(JsonCursor json) {
        Map<String, String> values = readStrings(json, "a reporting plan");
        return new Plan(values.get("plan_name"), values.get("plan_id_type"), values.get("plan_id"),
                values.get("plan_market_type"), values.get("issuer_name"), values.get("plan_sponsor_name"));
    }

    private static FileLocation readLocation(JsonCursor json) {
        Map<String, String> values = readStrings(json, "a file location");
        if (values.get("location") == null) {
            throw json.fail("a file entry has no location");
        }
        return new FileLocation(values.get("description"), values.get("location"));
    }

    private static Map<String, String> readStrings(JsonCursor json, String what) {
        json.expect(JsonToken.START_OBJECT, what);
        Map<String, String> values = new HashMap<>();
        String field;
        while ((field = json.nextField()) != null) {
            if (json.current().isScalarValue()) {
                values.put(field, json.text(field));
            } else {
                json.skip();
            }
        }
        return values;
    }
}
