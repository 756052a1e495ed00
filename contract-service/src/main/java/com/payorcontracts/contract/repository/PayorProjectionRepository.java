package com.payorcontracts.contract.repository;

import com.payorcontracts.contract.domain.coverage.UmPolicy;
import com.payorcontracts.events.PayorChanged;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What contract-service keeps of payor-changed: each payor's name, EDI payer ids and UM policies.
 * Plain JDBC in the caller's transaction; every write applies only a newer event version, so a
 * redelivered or out-of-order event changes nothing.
 */
@ApplicationScoped
public class PayorProjectionRepository {

    private static final String UPSERT_PAYOR = """
            INSERT INTO payor_projection (payor_id, name, archived, version, updated_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (payor_id) DO UPDATE SET name = EXCLUDED.name, archived = EXCLUDED.archived,
                version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
            WHERE payor_projection.version < EXCLUDED.version""";
    private static final String UPSERT_POLICY = """
            INSERT INTO payor_um_policy (id, payor_id, code, modifier, prior_auth_required, effective_date, end_date,
                                         removed, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, modifier = EXCLUDED.modifier,
                prior_auth_required = EXCLUDED.prior_auth_required, effective_date = EXCLUDED.effective_date,
                end_date = EXCLUDED.end_date, removed = EXCLUDED.removed, version = EXCLUDED.version
            WHERE payor_um_policy.version < EXCLUDED.version""";
    private static final String POLICIES = """
            SELECT code, modifier, prior_auth_required, effective_date, end_date FROM payor_um_policy
            WHERE payor_id = ? AND NOT removed""";

    private final AgroalDataSource dataSource;

    PayorProjectionRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the payor's profile as of the event version; false when a newer one is stored already. */
    public boolean upsertPayor(UUID payorId, long version, PayorChanged.PayorState payor, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            int changed;
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_PAYOR)) {
                upsert.setObject(1, payorId);
                upsert.setString(2, payor.name());
                upsert.setBoolean(3, payor.archived());
                upsert.setLong(4, version);
                upsert.setTimestamp(5, Timestamp.from(now));
                changed = upsert.executeUpdate();
            }
            if (changed == 0) {
                return false;
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM payor_edi_payer_id WHERE payor_id = ?")) {
                delete.setObject(1, payorId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO payor_edi_payer_id (payor_id, payer_id, clearinghouse) VALUES (?, ?, ?)
                    ON CONFLICT DO NOTHING""")) {
                for (PayorChanged.EdiPayerId ediPayerId : payor.ediPayerIds()) {
                    insert.setObject(1, payorId);
                    insert.setString(2, ediPayerId.payerId());
                    insert.setString(3, ediPayerId.clearinghouse());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not store payor " + payorId, e);
        }
    }

    /** Stores a UM policy (or its removal) as of the event version; false when a newer one is stored already. */
    public boolean upsertPolicy(UUID policyId, UUID payorId, long version, PayorChanged.UmPolicyState policy, boolean removed) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(UPSERT_POLICY)) {
            upsert.setObject(1, policyId);
            upsert.setObject(2, payorId);
            upsert.setString(3, policy.code());
            upsert.setString(4, policy.modifier());
            upsert.setBoolean(5, policy.priorAuthRequired());
            upsert.setObject(6, policy.effectiveDate() == null ? null : Date.valueOf(policy.effectiveDate()));
            upsert.setObject(7, policy.endDate() == null ? null : Date.valueOf(policy.endDate()));
            upsert.setBoolean(8, removed);
            upsert.setLong(9, version);
            return upsert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not store UM policy " + policyId, e);
        }
    }

    /** The payor's UM policies in place (removed ones left out). */
    public List<UmPolicy> policies(UUID payorId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(POLICIES)) {
            select.setObject(1, payorId);
            List<UmPolicy> policies = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    policies.add(new UmPolicy(rows.getString(1), rows.getString(2), rows.getBoolean(3),
                            date(rows, 4), date(rows, 5)));
                }
            }
            return policies;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the UM policies of " + payorId, e);
        }
    }

    /** The payors whose EDI payer ids hold this one (normally one; more is the payors' data to fix). */
    public List<UUID> payorsByEdiPayerId(String ediPayerId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT payor_id FROM payor_edi_payer_id WHERE payer_id = ? ORDER BY payor_id")) {
            select.setString(1, ediPayerId);
            List<UUID> payors = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    payors.add(rows.getObject(1, UUID.class));
                }
            }
            return payors;
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up EDI payer id " + ediPayerId, e);
        }
    }

    /** The names of those of these payors whose profile was received: one query for a page of contracts. */
    public Map<UUID, String> names(Collection<UUID> payorIds) {
        Map<UUID, String> names = new HashMap<>();
        if (payorIds.isEmpty()) {
            return names;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT payor_id, name FROM payor_projection WHERE payor_id = ANY(?)")) {
            select.setArray(1, connection.createArrayOf("uuid", payorIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.put(rows.getObject(1, UUID.class), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read payor names", e);
        }
        return names;
    }

    /** The payor's name, if its profile was received. */
    public Optional<String> name(UUID payorId) {
        return Optional.ofNullable(names(List.of(payorId)).get(payorId));
    }

    private static LocalDate date(ResultSet rows, int column) throws SQLException {
        Date date = rows.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
