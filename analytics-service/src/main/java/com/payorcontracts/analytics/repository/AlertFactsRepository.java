package com.payorcontracts.analytics.repository;

import com.payorcontracts.analytics.domain.alert.BulletinFacts;
import com.payorcontracts.analytics.domain.alert.ContractFacts;
import com.payorcontracts.analytics.domain.alert.EndpointFacts;
import com.payorcontracts.analytics.domain.alert.InteractionFacts;
import com.payorcontracts.analytics.domain.alert.NegotiationFacts;
import com.payorcontracts.analytics.domain.alert.PaymentFacts;
import com.payorcontracts.analytics.domain.alert.UnderpaymentFacts;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.events.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the facts the alert rules need, all in one transaction so they agree with each other. */
@ApplicationScoped
public class AlertFactsRepository {

    /** Everything the alerts read on one day. */
    public record Facts(Map<UUID, ContractFacts> contracts, Map<UUID, String> payorNames,
                        List<BulletinFacts> bulletins, List<InteractionFacts> interactions,
                        List<UnderpaymentFacts> underpayments, List<PaymentFacts> payments,
                        List<NegotiationFacts> negotiations, List<EndpointFacts> endpoints) {
    }

    // The terms without their fee schedules: the alerts need dates, notice and payment terms, escalators.
    private static final String CONTRACTS = """
            SELECT contract_id, (terms - 'rateVersions') || jsonb_build_object('rateVersions',
                   (SELECT coalesce(jsonb_agg(v - 'feeSchedule'), '[]'::jsonb)
                    FROM jsonb_array_elements(coalesce(terms -> 'rateVersions', '[]'::jsonb)) v))
            FROM contract_projection""";

    private static final String UNDERPAYMENTS = """
            SELECT u.id, u.claim_id, c.claim_ref, r.code, r.payor_id, r.contract_id, u.status, u.updated_at,
                   cr.payment_date, r.variance
            FROM underpayment u
            JOIN line_result r ON r.claim_id = u.claim_id AND r.line_no = u.line_no
            JOIN claim c ON c.id = u.claim_id
            LEFT JOIN claim_result cr ON cr.claim_id = u.claim_id
            WHERE u.status IN ('DETECTED', 'IN_REVIEW') AND u.ended_at IS NULL""";

    // Late claims whose payment is recent enough that its interest may still be claimed (any window up to a year).
    private static final String LATE_PAYMENTS = """
            SELECT r.claim_id, c.claim_ref, r.payor_id, r.contract_id, r.received_date, r.payment_date, r.paid
            FROM claim_result r JOIN claim c ON c.id = r.claim_id
            WHERE r.late_days > 0 AND r.payment_date >= ?""";

    // Only negotiations still waiting on someone: the rule decides whether on us.
    private static final String NEGOTIATIONS = """
            SELECT negotiation_id, contract_id, payor_id, name, status, rounds, latest_from,
                   coalesce(latest_proposed_at, changed_at)
            FROM negotiation_projection WHERE status IN ('OPEN', 'COUNTERED') AND latest_from IS NOT NULL""";

    // disabled_at is set only when the sender disabled the endpoint, and cleared when it is enabled again.
    private static final String DISABLED_ENDPOINTS = """
            SELECT id, url, description, disabled_at, disabled_reason FROM webhook_endpoint
            WHERE state = 'DISABLED' AND disabled_at IS NOT NULL""";

    private final Jdbc jdbc;

    AlertFactsRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts as of today; late payments older than {@code paymentsSince} are left out. */
    public Facts load(LocalDate paymentsSince) {
        return jdbc.inTransaction(connection -> new Facts(contracts(connection), payorNames(connection),
                bulletins(connection), interactions(connection), underpayments(connection),
                payments(connection, paymentsSince), negotiations(connection), endpoints(connection)));
    }

    private static Map<UUID, ContractFacts> contracts(Connection connection) throws SQLException {
        Map<UUID, ContractFacts> contracts = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(CONTRACTS); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                UUID id = rs.getObject(1, UUID.class);
                ContractChanged.ContractTerms terms = EventCodec.decode(rs.getString(2).getBytes(StandardCharsets.UTF_8),
                        ContractChanged.ContractTerms.class);
                contracts.put(id, ContractFacts.of(id, terms));
            }
        }
        return contracts;
    }

    private static Map<UUID, String> payorNames(Connection connection) throws SQLException {
        Map<UUID, String> names = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT payor_id, name FROM payor_projection");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getObject(1, UUID.class), rs.getString(2));
            }
        }
        return names;
    }

    // An archived payor's bulletins and follow-ups need no one's attention.
    private static List<BulletinFacts> bulletins(Connection connection) throws SQLException {
        List<BulletinFacts> bulletins = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT b.id, b.payor_id, b.title, b.effective_date FROM payor_bulletin b
                JOIN payor_projection p ON p.payor_id = b.payor_id
                WHERE NOT b.removed AND NOT p.archived AND b.effective_date IS NOT NULL""");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                bulletins.add(new BulletinFacts(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), false));
            }
        }
        return bulletins;
    }

    private static List<InteractionFacts> interactions(Connection connection) throws SQLException {
        List<InteractionFacts> interactions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT i.id, i.payor_id, i.kind, i.occurred_on, i.next_follow_up_on FROM payor_interaction i
                JOIN payor_projection p ON p.payor_id = i.payor_id
                WHERE NOT i.removed AND NOT i.follow_up_done AND NOT p.archived AND i.next_follow_up_on IS NOT NULL""");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                interactions.add(new InteractionFacts(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), false, false));
            }
        }
        return interactions;
    }

    private static List<UnderpaymentFacts> underpayments(Connection connection) throws SQLException {
        List<UnderpaymentFacts> underpayments = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(UNDERPAYMENTS); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                underpayments.add(new UnderpaymentFacts(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getObject(5, UUID.class), rs.getObject(6, UUID.class), rs.getString(7),
                        rs.getTimestamp(8).toInstant().atZone(ZoneOffset.UTC).toLocalDate(),
                        rs.getObject(9, LocalDate.class), rs.getBigDecimal(10)));
            }
        }
        return underpayments;
    }

    private static List<PaymentFacts> payments(Connection connection, LocalDate since) throws SQLException {
        List<PaymentFacts> payments = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(LATE_PAYMENTS)) {
            statement.setDate(1, Date.valueOf(since));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    payments.add(new PaymentFacts(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                            rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                            rs.getBigDecimal(7)));
                }
            }
        }
        return payments;
    }

    private static List<NegotiationFacts> negotiations(Connection connection) throws SQLException {
        List<NegotiationFacts> negotiations = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(NEGOTIATIONS); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                negotiations.add(new NegotiationFacts(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7),
                        utcDate(rs.getTimestamp(8))));
            }
        }
        return negotiations;
    }

    private static List<EndpointFacts> endpoints(Connection connection) throws SQLException {
        List<EndpointFacts> endpoints = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(DISABLED_ENDPOINTS); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                endpoints.add(new EndpointFacts(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        utcDate(rs.getTimestamp(4)), rs.getString(5)));
            }
        }
        return endpoints;
    }

    private static LocalDate utcDate(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
