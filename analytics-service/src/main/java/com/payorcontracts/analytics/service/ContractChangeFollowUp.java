package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.repository.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a contract change means for claims already stored: claims of its payor that no contract
 * covered may now be covered, and the claims under it must be priced by its new terms. A change to
 * a contract that concerns no stored claim queues nothing. A new reference schedule reprices everything.
 */
@ApplicationScoped
public class ContractChangeFollowUp {

    /** Whether a change of contract ?1 of payor ?2 concerns any stored claim; both halves read an index. */
    static final String CONCERNED = """
            SELECT EXISTS (SELECT 1 FROM claim WHERE contract_id = ?)
                OR EXISTS (SELECT 1 FROM claim WHERE contract_id IS NULL AND payor_id = ?)""";

    private final Jdbc jdbc;
    private final Jobs jobs;
    private final TermsCatalog catalog;

    ContractChangeFollowUp(Jdbc jdbc, Jobs jobs, TermsCatalog catalog) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.catalog = catalog;
    }

    /** After the projection of the contract changed: queues a repricing of its claims if it has any (or may now). */
    public void contractChanged(UUID contractId, UUID payorId) {
        boolean concerned = jdbc.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(CONCERNED)) {
                statement.setObject(1, contractId);
                statement.setObject(2, payorId);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        });
        if (concerned && !alreadyQueued(contractId)) {
            Map<String, Object> params = RepriceScope.contract(contractId).params();
            params.put("payorId", payorId.toString());
            jobs.create(Jobs.Kind.REPRICE, params, null);
        }
    }

    /** After a reference schedule changed: queues a repricing of every claim, if there are claims. */
    public void referenceScheduleChanged() {
        boolean anyClaim = jdbc.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM claim)")) {
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        });
        if (anyClaim && !alreadyQueued("ALL")) {
            jobs.create(Jobs.Kind.REPRICE, RepriceScope.all().params(), null);
        }
    }

    private boolean alreadyQueued(UUID contractId) {
        return alreadyQueued(contractId.toString());
    }

    private boolean alreadyQueued(String scopeId) {
        return jdbc.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT EXISTS (SELECT 1 FROM job WHERE state = 'QUEUED' AND kind = 'REPRICE' "
                            + "AND coalesce(params ->> 'id', params ->> 'scope') = ?)")) {
                statement.setString(1, scopeId);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        });
    }

    /** Matches the payor's claims that had no contract against the contracts now projected; how many found one. */
    int matchUnmatched(UUID payorId) {
        TermsCatalog.Snapshot terms = catalog.current();
        return jdbc.inTransaction(connection -> {
            record Open(UUID id, String tin, String npi, LocalDate firstServiceDate) {
            }
            List<Open> open = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, provider_tin, provider_npi, first_service_date FROM claim "
                            + "WHERE payor_id = ? AND contract_id IS NULL FOR UPDATE")) {
                statement.setObject(1, payorId);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        open.add(new Open(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                                rs.getObject(4, LocalDate.class)));
                    }
                }
            }
            int matched = 0;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE claim SET contract_id = ?, contract_match = 'MATCHED' WHERE id = ?")) {
                for (Open claim : open) {
                    TermsCatalog.ContractEntry entry = terms.match(payorId, claim.tin(), claim.npi(), claim.firstServiceDate());
                    if (entry != null) {
                        update.setObject(1, entry.id());
                        update.setObject(2, claim.id());
                        update.addBatch();
                        matched++;
                    }
                }
                if (matched > 0) {
                    update.executeBatch();
                }
            }
            return matched;
        });
    }
}
