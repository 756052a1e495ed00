package com.payorcontracts.analytics.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.transparency.benchmark.Benchmark;
import com.payorcontracts.transparency.benchmark.BenchmarkCalculator;
import com.payorcontracts.transparency.benchmark.BenchmarkKey;
import com.payorcontracts.transparency.benchmark.MarketRate;
import com.payorcontracts.transparency.benchmark.MedicareRates;
import com.payorcontracts.transparency.benchmark.Site;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.IntFunction;

/** Imports of TiC files, their market rates and benchmarks. Readers see PUBLISHED imports only. */
@ApplicationScoped
public class BenchmarkRepository {

    /** The COPY target of market rates. */
    public static final String RATE_COPY = "tic_rate (import_id, code, billing_class, site, modifier, tin, amount)";

    /** An import as stored. */
    public record StoredImport(UUID id, UUID jobId, String payor, String state, Integer version, String source,
                               UUID referenceScheduleId, String reportingEntity, String planName, String planId,
                               String lastUpdatedOn, String fileVersion, String summary, Instant createdAt,
                               Instant publishedAt) {
    }

    /** A published benchmark with the import version it came from. */
    public record StoredBenchmark(Benchmark benchmark, int version) {
    }

    private final Jdbc jdbc;
    private final ObjectMapper json;

    BenchmarkRepository(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Drops what an earlier run of the same job left LOADING (its replica died before publishing). */
    public void discardUnfinished(Connection connection, UUID jobId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM tic_rate WHERE import_id IN (SELECT id FROM tic_import WHERE job_id = ? AND state = 'LOADING')")) {
            statement.setObject(1, jobId);
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM tic_import WHERE job_id = ? AND state = 'LOADING'")) {
            statement.setObject(1, jobId);
            statement.executeUpdate();
        }
    }

    public void insertLoading(Connection connection, UUID id, UUID jobId, String payor, String source,
                              UUID referenceScheduleId, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO tic_import (id, job_id, payor, state, source, reference_schedule_id, created_at) "
                        + "VALUES (?, ?, ?, 'LOADING', ?, ?, ?)")) {
            statement.setObject(1, id);
            statement.setObject(2, jobId);
            statement.setString(3, payor);
            statement.setString(4, source);
            statement.setObject(5, referenceScheduleId);
            statement.setTimestamp(6, Timestamp.from(now));
            statement.executeUpdate();
        }
    }

    private static Benchmark payorBenchmark(List<MarketRate> rates, MedicareRates medicare) {
        // One payor: its own row, not the (identical) across-payors one.
        return BenchmarkCalculator.compute(rates, medicare).stream().filter(b -> b.payor() != null).findFirst().orElseThrow();
    }

    private static void insertBenchmark(PreparedStatement insert, UUID importId, Benchmark b) throws SQLException {
        insert.setObject(1, importId);
        insert.setString(2, b.key().code());
        insert.setString(3, b.key().billingClass().name());
        insert.setString(4, b.key().site().name());
        insert.setString(5, b.key().modifier());
        insert.setBigDecimal(6, b.p10());
        insert.setBigDecimal(7, b.p25());
        insert.setBigDecimal(8, b.p50());
        insert.setBigDecimal(9, b.p75());
        insert.setBigDecimal(10, b.p90());
        insert.setBigDecimal(11, b.mean());
        insert.setInt(12, b.rates());
        insert.setInt(13, b.providers());
        insert.setInt(14, b.implausible());
        insert.setBigDecimal(15, b.medicare() == null ? null : b.medicare().setScale(2, java.math.RoundingMode.HALF_UP));
        insert.addBatch();
    }

    /** What publishing a set gave: its version and how many keys its benchmarks have. */
    public record Published(int version, int keys) {
    }

    /**
     * Makes the import the payor's visible benchmark set (version = the payor's last + 1), drops the
     * benchmarks of the one it replaces, and computes in one pass over the rates of the codes (sorted
     * once, one key in memory at a time) the market across payors and the import's own benchmarks,
     * all in the caller's transaction; the summary is written once the keys are counted. The replaced
     * set's rates go after the commit ({@link #dropSupersededRates}).
     *
     * @param codes the codes of the import's rates
     */
    public Published publish(Connection connection, UUID importId, String payor, Collection<String> codes,
                             MedicareRates medicare, Header header, IntFunction<String> summary, Instant now)
            throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('tic-import:' || ?))")) {
            // Two imports of one payor finishing together publish one after the other.
            lock.setString(1, payor);
            lock.execute();
        }
        // The market changes for the codes of the new set and of the one it replaces: every key of the
        // replaced set's rates has a benchmark, so its few benchmarks name them without scanning rates.
        Set<String> changed = new TreeSet<>(codes);
        try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT code FROM tic_benchmark "
                + "WHERE import_id IN (SELECT id FROM tic_import WHERE payor = ? AND state = 'PUBLISHED')")) {
            statement.setString(1, payor);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    changed.add(rs.getString(1));
                }
            }
        }
        // The replaced set's rates stay (invisible: every reader joins PUBLISHED sets) until
        // dropSupersededRates, after this commit: deleting ~1M rows here held the publication up.
        for (String sql : List.of(
                "DELETE FROM tic_benchmark WHERE import_id IN (SELECT id FROM tic_import WHERE payor = ? AND state = 'PUBLISHED')",
                "UPDATE tic_import SET state = 'SUPERSEDED' WHERE payor = ? AND state = 'PUBLISHED'")) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, payor);
                statement.executeUpdate();
            }
        }
        int version;
        try (PreparedStatement statement = connection.prepareStatement("""
                UPDATE tic_import SET state = 'PUBLISHED', published_at = ?,
                    reporting_entity = ?, plan_name = ?, plan_id = ?, last_updated_on = ?, file_version = ?,
                    version = (SELECT coalesce(max(version), 0) + 1 FROM tic_import WHERE payor = ?)
                WHERE id = ? RETURNING version""")) {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setString(2, header.reportingEntity());
            statement.setString(3, header.planName());
            statement.setString(4, header.planId());
            statement.setString(5, header.lastUpdatedOn());
            statement.setString(6, header.fileVersion());
            statement.setString(7, payor);
            statement.setObject(8, importId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                version = rs.getInt(1);
            }
        }
        int keys = refreshMarket(connection, new ArrayList<>(changed), importId, payor, medicare);
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE tic_import SET summary = cast(? AS jsonb) WHERE id = ?")) {
            statement.setString(1, summary.apply(keys));
            statement.setObject(2, importId);
            statement.executeUpdate();
        }
        return new Published(version, keys);
    }

    /**
     * Deletes the rates of the payor's superseded sets, in its own transaction after the publication
     * committed. Nothing reads them (readers join PUBLISHED sets; the market was recomputed without
     * them), so a crash before or during this leaves only unreachable rows, swept by the payor's next
     * publication. Returns how many rates went.
     */
    public int dropSupersededRates(String payor) {
        return jdbc.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM tic_rate WHERE import_id IN (SELECT id FROM tic_import WHERE payor = ? AND state = 'SUPERSEDED')")) {
                statement.setString(1, payor);
                return statement.executeUpdate();
            }
        });
    }

    /**
     * Recomputes the market across every published set for some codes (one key's rates in memory at a
     * time) and, from the same rows, the benchmarks of the payor's set being published (its rates are
     * the payor's, the only published set of the payor here); returns how many keys those have.
     * Publications of different payors take turns here, so each sees the others' committed sets.
     */
    private static int refreshMarket(Connection connection, List<String> codes, UUID importId, String payor,
                                     MedicareRates medicare) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('tic-market'))")) {
            lock.execute();
        }
        java.sql.Array codeArray = connection.createArrayOf("text", codes.toArray(String[]::new));
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM tic_market_benchmark WHERE code = ANY(?)")) {
            delete.setArray(1, codeArray);
            delete.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT i.payor, r.tin, r.code, r.billing_class, r.site, r.modifier, r.amount FROM tic_rate r "
                        + "JOIN tic_import i ON i.id = r.import_id AND i.state = 'PUBLISHED' WHERE r.code = ANY(?) "
                        + "ORDER BY r.code, r.billing_class, r.site, r.modifier");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO tic_market_benchmark (code, billing_class, site, modifier, p10, p25, p50, p75, p90, mean, "
                             + "rates, providers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement own = connection.prepareStatement(
                     "INSERT INTO tic_benchmark (import_id, code, billing_class, site, modifier, p10, p25, p50, p75, p90, "
                             + "mean, rates, providers, implausible, medicare) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            select.setFetchSize(10_000);
            select.setArray(1, codeArray);
            int keys = 0;
            try (ResultSet rs = select.executeQuery()) {
                BenchmarkKey current = null;
                List<MarketRate> rates = new ArrayList<>();
                int pending = 0;
                while (rs.next()) {
                    BenchmarkKey key = new BenchmarkKey(rs.getString(3), BillingClass.valueOf(rs.getString(4)),
                            Site.valueOf(rs.getString(5)), rs.getString(6));
                    if (current != null && !current.equals(key)) {
                        keys += insertKey(insert, own, rates, importId, payor, medicare);
                        rates.clear();
                        if (++pending % 1000 == 0) {
                            insert.executeBatch();
                            own.executeBatch();
                        }
                    }
                    current = key;
                    rates.add(new MarketRate(rs.getString(1), rs.getString(2), key, rs.getBigDecimal(7)));
                }
                if (current != null) {
                    keys += insertKey(insert, own, rates, importId, payor, medicare);
                }
            }
            insert.executeBatch();
            own.executeBatch();
            return keys;
        }
    }

    /** One key's market, and the payor's benchmark when it has rates of the key; returns 1 if it has. */
    private static int insertKey(PreparedStatement market, PreparedStatement own, List<MarketRate> rates, UUID importId,
                                 String payor, MedicareRates medicare) throws SQLException {
        insertMarket(market, rates);
        List<MarketRate> payors = rates.stream().filter(r -> r.payor().equals(payor)).toList();
        if (payors.isEmpty()) {
            return 0;
        }
        insertBenchmark(own, importId, payorBenchmark(payors, medicare));
        return 1;
    }

    private static void insertMarket(PreparedStatement insert, List<MarketRate> rates) throws SQLException {
        Benchmark b = BenchmarkCalculator.compute(rates, MedicareRates.NONE).stream()
                .filter(m -> m.payor() == null).findFirst().orElseThrow();
        insert.setString(1, b.key().code());
        insert.setString(2, b.key().billingClass().name());
        insert.setString(3, b.key().site().name());
        insert.setString(4, b.key().modifier());
        insert.setBigDecimal(5, b.p10());
        insert.setBigDecimal(6, b.p25());
        insert.setBigDecimal(7, b.p50());
        insert.setBigDecimal(8, b.p75());
        insert.setBigDecimal(9, b.p90());
        insert.setBigDecimal(10, b.mean());
        insert.setInt(11, b.rates());
        insert.setInt(12, b.providers());
        insert.addBatch();
    }

    /** The stored market across every published set for some codes, by key; codes without rows are absent. */
    public List<Benchmark> storedMarket(List<String> codes) {
        return query("SELECT code, billing_class, site, modifier, p10, p25, p50, p75, p90, mean, rates, providers "
                + "FROM tic_market_benchmark WHERE code = ANY(?) ORDER BY code, billing_class, site, modifier",
                rs -> new Benchmark(new BenchmarkKey(rs.getString(1), BillingClass.valueOf(rs.getString(2)),
                        Site.valueOf(rs.getString(3)), rs.getString(4)), null, rs.getBigDecimal(5), rs.getBigDecimal(6),
                        rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getInt(11),
                        rs.getInt(12), 0, null),
                (Object) codes.toArray(String[]::new));
    }

    /** The file's facts kept with its import. */
    public record Header(String reportingEntity, String planName, String planId, String lastUpdatedOn, String fileVersion) {
    }

    /** Imports, newest first, optionally of one payor. */
    public List<StoredImport> imports(String payor, int offset, int limit) {
        return query("SELECT id, job_id, payor, state, version, source, reference_schedule_id, reporting_entity, plan_name, "
                + "plan_id, last_updated_on, file_version, summary::text, created_at, published_at FROM tic_import "
                + "WHERE (cast(? AS text) IS NULL OR payor = ?) ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                rs -> new StoredImport(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), (Integer) rs.getObject(5), rs.getString(6), rs.getObject(7, UUID.class),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                        rs.getString(13), instant(rs.getTimestamp(14)), instant(rs.getTimestamp(15))),
                payor, payor, limit, offset);
    }

    public long countImports(String payor) {
        return query("SELECT count(*) FROM tic_import WHERE (cast(? AS text) IS NULL OR payor = ?)",
                rs -> rs.getLong(1), payor, payor).get(0);
    }

    private static final String PUBLISHED_BENCHMARKS = """
            FROM tic_benchmark b JOIN tic_import i ON i.id = b.import_id AND i.state = 'PUBLISHED'
            WHERE (cast(? AS text) IS NULL OR i.payor = ?) AND (cast(? AS text) IS NULL OR b.code = ?)""";

    /** Published per-payor benchmarks, by payor then key. */
    public List<StoredBenchmark> benchmarks(String payor, String code, int offset, int limit) {
        return query("SELECT i.payor, i.version, b.code, b.billing_class, b.site, b.modifier, b.p10, b.p25, b.p50, b.p75, "
                + "b.p90, b.mean, b.rates, b.providers, b.implausible, b.medicare " + PUBLISHED_BENCHMARKS
                + " ORDER BY i.payor, b.code, b.billing_class, b.site, b.modifier LIMIT ? OFFSET ?",
                rs -> new StoredBenchmark(new Benchmark(new BenchmarkKey(rs.getString(3), BillingClass.valueOf(rs.getString(4)),
                        Site.valueOf(rs.getString(5)), rs.getString(6)), rs.getString(1), rs.getBigDecimal(7),
                        rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11),
                        rs.getBigDecimal(12), rs.getInt(13), rs.getInt(14), rs.getInt(15), rs.getBigDecimal(16)), rs.getInt(2)),
                payor, payor, code, code, limit, offset);
    }

    public long countBenchmarks(String payor, String code) {
        return query("SELECT count(*) " + PUBLISHED_BENCHMARKS, rs -> rs.getLong(1), payor, payor, code, code).get(0);
    }

    /** The published market rates of some codes, of the payors listed (every payor when none is). */
    public List<MarketRate> publishedRates(List<String> codes, List<String> payors) {
        return query("SELECT i.payor, r.tin, r.code, r.billing_class, r.site, r.modifier, r.amount FROM tic_rate r "
                + "JOIN tic_import i ON i.id = r.import_id AND i.state = 'PUBLISHED' WHERE r.code = ANY(?) "
                + "AND (cardinality(?) = 0 OR i.payor = ANY(?))",
                rs -> new MarketRate(rs.getString(1), rs.getString(2), new BenchmarkKey(rs.getString(3),
                        BillingClass.valueOf(rs.getString(4)), Site.valueOf(rs.getString(5)), rs.getString(6)),
                        rs.getBigDecimal(7)),
                codes.toArray(String[]::new), payors.toArray(String[]::new), payors.toArray(String[]::new));
    }

    /** A contract's claim volume for one code and place of service: units and billed dollars. */
    public record Volume(String code, String placeOfService, long units, BigDecimal billed) {
    }

    /** The units and billed charges of a contract's claim lines with a date of service in (after, until]. */
    public List<Volume> contractVolumes(UUID contractId, java.time.LocalDate after, java.time.LocalDate until) {
        return query("SELECT l.code, l.place_of_service, sum(l.units), sum(l.billed) FROM claim_line l "
                + "JOIN claim c ON c.id = l.claim_id WHERE c.contract_id = ? AND c.voided_at IS NULL "
                + "AND l.service_date > ? AND l.service_date <= ? "
                + "GROUP BY l.code, l.place_of_service ORDER BY l.code, l.place_of_service",
                rs -> new Volume(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4)),
                contractId, after, until);
    }

    /**
     * The Medicare amounts of a projected reference schedule: for professional rates, the facility or
     * non-facility amount of the same code and modifier. Institutional rates are not checked (a
     * physician fee schedule says nothing of a facility's fee). Empty when the schedule is unknown.
     */
    public Optional<MedicareRates> medicare(UUID scheduleId) {
        List<String> rows = query("SELECT rows::text FROM reference_schedule_projection WHERE schedule_id = ?",
                rs -> rs.getString(1), scheduleId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, BigDecimal[]> amounts = new HashMap<>();
        try {
            for (JsonNode row : json.readTree(rows.get(0))) {
                String modifier = row.path("modifier").isNull() ? "" : row.path("modifier").asText("");
                amounts.put(row.path("code").asText() + "|" + modifier, new BigDecimal[] {
                        decimal(row.get("facilityAmount")), decimal(row.get("nonFacilityAmount"))});
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return Optional.of(key -> {
            if (key.billingClass() != BillingClass.PROFESSIONAL) {
                return null;
            }
            BigDecimal[] pair = amounts.get(key.code() + "|" + key.modifier());
            return pair == null ? null : pair[key.site() == Site.FACILITY ? 0 : 1];
        });
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() ? null : node.decimalValue();
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection = jdbc.connection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof String[] array) {
                    statement.setArray(i + 1, connection.createArrayOf("text", array));
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new Jdbc.DataAccessException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
