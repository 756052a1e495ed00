package com.payorcontracts.analytics.service;

import com.payorcontracts.events.PayorChanged;
import com.payorcontracts.platform.rest.ApiException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Which payor an EDI payer id names, kept from payor-changed events: an 835 whose uploader names no
 * payor is matched by its payer's id, and a claim may name its payer by EDI payer id.
 */
@ApplicationScoped
public class PayorEdiIds {

    private final AgroalDataSource dataSource;

    PayorEdiIds(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Keeps the payor's EDI payer ids as the event states them, in the caller's transaction (the payor
     * projection's, with its inbox row); an older version changes nothing. Says whether it changed them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean keep(PayorChanged.V1 event) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement version = connection.prepareStatement("""
                    INSERT INTO payor_edi_id_version (payor_id, version) VALUES (?, ?)
                    ON CONFLICT (payor_id) DO UPDATE SET version = EXCLUDED.version
                    WHERE payor_edi_id_version.version < EXCLUDED.version""")) {
                version.setObject(1, event.payorId());
                version.setLong(2, event.version());
                if (version.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM payor_edi_id WHERE payor_id = ?")) {
                delete.setObject(1, event.payorId());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO payor_edi_id (payer_id, payor_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (PayorChanged.EdiPayerId id : event.payor().ediPayerIds()) {
                    insert.setString(1, normalized(id.payerId()));
                    insert.setObject(2, event.payorId());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not keep the EDI payer ids of payor " + event.payorId(), e);
        }
    }

    /** The payors holding this EDI payer id (any case); usually one. */
    public List<UUID> payorsOf(String payerId) {
        List<UUID> payors = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT payor_id FROM payor_edi_id WHERE payer_id = ? ORDER BY payor_id")) {
            select.setString(1, normalized(payerId));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    payors.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up EDI payer id " + payerId, e);
        }
        return payors;
    }

    /** The one payor holding this EDI payer id, or empty when none or several do (then no guess is made). */
    public Optional<UUID> payorOf(String payerId) {
        if (payerId == null || payerId.isBlank()) {
            return Optional.empty();
        }
        List<UUID> payors = payorsOf(payerId);
        return payors.size() == 1 ? Optional.of(payors.get(0)) : Optional.empty();
    }

    /** The payor a client named by EDI payer id; 422 naming {@code field} when no payor or several hold it. */
    public UUID require(String payerId, String field) {
        List<UUID> payors = payorsOf(payerId);
        if (payors.size() == 1) {
            return payors.get(0);
        }
        throw ApiException.invalidField(field,
                payors.isEmpty() ? "no payor has this EDI payer id" : "several payors have this EDI payer id; send payorId");
    }

    private static String normalized(String payerId) {
        return payerId.strip().toUpperCase(Locale.ROOT);
    }
}
