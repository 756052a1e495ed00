package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.repository.Jdbc;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A claim's versions, newest first: the one in force, then each a replacement (7) or void (8) ended. */
@ApplicationScoped
public class ClaimHistory {

    /** One version of a claim as it was billed. */
    @Schema(name = "ClaimVersion")
    public record Version(
            @Schema(description = "1 for the original, one more for each replacement or void") int version,
            @Schema(description = "1 original, 7 replacement, 8 void (the version a void made: the voided lines)")
            String frequencyCode,
            @Schema(description = "whether this is the version in force (the claim as GET /claims/{id} shows it)") boolean inForce,
            @Schema(description = "when this version arrived") Instant recordedAt,
            @Schema(nullable = true, description = "when a later version ended this one; null for the version in force")
            Instant supersededAt,
            @Schema(nullable = true, description = "the frequency code that ended it, 7 or 8; null for the version in force")
            String supersededBy,
            @Schema(nullable = true) String providerTin, @Schema(nullable = true) String providerNpi,
            @Schema(nullable = true) UUID contractId, ClaimIngest.ContractMatch contractMatch,
            @Schema(nullable = true) String billingClass, @Schema(nullable = true) LocalDate submissionDate,
            @Schema(nullable = true) LocalDate firstServiceDate,
            @Schema(description = "USD, two decimals") BigDecimal totalBilled,
            List<Line> lines) {
    }

    /** One line of a version. */
    @Schema(name = "ClaimVersionLine")
    public record Line(int lineNo, String code, List<String> modifiers, int units,
                       @Schema(nullable = true) String placeOfService, @Schema(nullable = true) LocalDate dateOfService,
                       BigDecimal billedCharge, @Schema(nullable = true) BigDecimal invoiceCost) {
    }

    private static final String VERSIONS = """
            SELECT version, frequency_code, in_force, recorded_at, superseded_at, superseded_by, provider_tin, provider_npi,
                   contract_id, contract_match, billing_class, submission_date, first_service_date, total_billed
            FROM (SELECT c.version, c.frequency_code, true AS in_force, coalesce(c.version_at, c.created_at) AS recorded_at,
                         NULL::timestamptz AS superseded_at, NULL::text AS superseded_by, c.provider_tin, c.provider_npi,
                         c.contract_id, c.contract_match, c.billing_class, c.submission_date, c.first_service_date,
                         c.total_billed
                  FROM claim c WHERE c.id = ?
                  UNION ALL
                  SELECT v.version, v.frequency_code, false, v.recorded_at, v.superseded_at, v.superseded_by, v.provider_tin,
                         v.provider_npi, v.contract_id, v.contract_match, v.billing_class, v.submission_date,
                         v.first_service_date, v.total_billed
                  FROM claim_version v WHERE v.claim_id = ?) versions
            ORDER BY version DESC LIMIT ? OFFSET ?""";
    private static final String CURRENT_LINES = """
            SELECT line_no, code, modifiers, units, place_of_service, service_date, billed, invoice_cost
            FROM claim_line WHERE claim_id = ? ORDER BY line_no""";
    private static final String EARLIER_LINES = """
            SELECT v.version, l."lineNo", l.code, l.modifiers, l.units, l."placeOfService", l."dateOfService",
                   l."billedCharge", l."invoiceCost"
            FROM claim_version v, jsonb_to_recordset(v.lines) AS l("lineNo" int, code text, modifiers text, units int,
                 "placeOfService" text, "dateOfService" date, "billedCharge" numeric(12,2), "invoiceCost" numeric(12,2))
            WHERE v.claim_id = ? AND v.version = ANY(?) ORDER BY v.version, l."lineNo\"""";

    private final Jdbc jdbc;

    ClaimHistory(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the claim's versions, newest first; 404 if no such claim. */
    public PageResponse<Version> page(UUID claim, PageRequest page) {
        return jdbc.inTransaction(connection -> {
            long total = total(connection, claim);
            if (total == 0) {
                throw ApiException.notFound("claim", claim);
            }
            record Header(int version, String code, boolean inForce, Instant recorded, Instant superseded, String by,
                          String tin, String npi, UUID contractId, ClaimIngest.ContractMatch match, String billingClass,
                          LocalDate submission, LocalDate firstService, BigDecimal billed) {
            }
            List<Header> headers = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(VERSIONS)) {
                statement.setObject(1, claim);
                statement.setObject(2, claim);
                statement.setInt(3, page.size());
                statement.setInt(4, page.offset());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        headers.add(new Header(rs.getInt(1), rs.getString(2), rs.getBoolean(3), instant(rs.getTimestamp(4)),
                                instant(rs.getTimestamp(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getObject(9, UUID.class), ClaimIngest.ContractMatch.valueOf(rs.getString(10)),
                                rs.getString(11), rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class),
                                rs.getBigDecimal(14)));
                    }
                }
            }
            Map<Integer, List<Line>> lines = new HashMap<>();
            if (headers.stream().anyMatch(Header::inForce)) {
                lines.put(headers.get(0).version(), currentLines(connection, claim));
            }
            Integer[] earlier = headers.stream().filter(h -> !h.inForce()).map(Header::version).toArray(Integer[]::new);
            if (earlier.length > 0) {
                try (PreparedStatement statement = connection.prepareStatement(EARLIER_LINES)) {
                    statement.setObject(1, claim);
                    statement.setArray(2, connection.createArrayOf("int4", earlier));
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            lines.computeIfAbsent(rs.getInt(1), v -> new ArrayList<>()).add(line(rs, 2));
                        }
                    }
                }
            }
            List<Version> items = headers.stream().map(h -> new Version(h.version(), h.code(), h.inForce(), h.recorded(),
                    h.superseded(), h.by(), h.tin(), h.npi(), h.contractId(), h.match(), h.billingClass(), h.submission(),
                    h.firstService(), h.billed(), lines.getOrDefault(h.version(), List.of()))).toList();
            return PageResponse.of(items, page, total, v -> v);
        });
    }

    private static long total(Connection connection, UUID claim) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT (SELECT count(*) FROM claim WHERE id = ?) + (SELECT count(*) FROM claim_version WHERE claim_id = ?)""")) {
            statement.setObject(1, claim);
            statement.setObject(2, claim);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<Line> currentLines(Connection connection, UUID claim) throws SQLException {
        List<Line> lines = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CURRENT_LINES)) {
            statement.setObject(1, claim);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    lines.add(line(rs, 1));
                }
            }
        }
        return lines;
    }

    private static Line line(ResultSet rs, int first) throws SQLException {
        String modifiers = rs.getString(first + 2);
        return new Line(rs.getInt(first), rs.getString(first + 1), modifiers == null ? List.of() : List.of(modifiers.split(",")),
                rs.getInt(first + 3), rs.getString(first + 4), rs.getObject(first + 5, LocalDate.class),
                rs.getBigDecimal(first + 6), rs.getBigDecimal(first + 7));
    }

    private static Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
