package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.repository.Jdbc;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.events.EventCodec;
import com.payorcontracts.events.ReferenceScheduleChanged;
import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.CompiledTerms;
import com.payorcontracts.pricing.ContractTerms;
import com.payorcontracts.pricing.InMemoryReferenceFeeSchedule;
import com.payorcontracts.pricing.ReferenceFeeSchedule;
import com.payorcontracts.pricing.RenewalTerms;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every projected contract with each of its rate versions compiled once for the pricing engine,
 * and the reference schedules they price against. Rebuilt only when the projections changed (the
 * check is one small query), so every replica sees what any replica's consumer applied.
 */
@ApplicationScoped
public class TermsCatalog {

    private static final Logger LOG = Logger.getLogger(TermsCatalog.class);
    private static final ReferenceFeeSchedule NO_SCHEDULE = (code, modifier, facility) -> Optional.empty();
    private static final String STAMP = """
            SELECT (SELECT count(*) || '/' || coalesce(max(projected_at)::text, '') FROM contract_projection)
                || '|' || (SELECT count(*) || '/' || coalesce(max(projected_at)::text, '') FROM reference_schedule_projection)""";

    private final Jdbc jdbc;
    private volatile Snapshot snapshot = new Snapshot("", Map.of(), Map.of());

    TermsCatalog(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The catalog as of now. */
    public Snapshot current() {
        try (Connection connection = jdbc.connection(); Statement statement = connection.createStatement()) {
            String stamp;
            try (ResultSet rs = statement.executeQuery(STAMP)) {
                rs.next();
                stamp = rs.getString(1);
            }
            Snapshot known = snapshot;
            if (known.stamp.equals(stamp)) {
                return known;
            }
            synchronized (this) {
                if (!snapshot.stamp.equals(stamp)) {
                    snapshot = load(statement, stamp);
                }
                return snapshot;
            }
        } catch (SQLException e) {
            throw new Jdbc.DataAccessException(e);
        }
    }

    private static Snapshot load(Statement statement, String stamp) throws SQLException {
        Map<UUID, ReferenceFeeSchedule> schedules = new HashMap<>();
        try (ResultSet rs = statement.executeQuery("SELECT schedule_id, rows::text FROM reference_schedule_projection")) {
            while (rs.next()) {
                schedules.put(rs.getObject(1, UUID.class), schedule(rs.getString(2)));
            }
        }
        Map<UUID, ContractEntry> contracts = new HashMap<>();
        Map<UUID, List<ContractEntry>> byPayor = new HashMap<>();
        try (ResultSet rs = statement.executeQuery(
                "SELECT contract_id, payor_id, status, effective_date, expiration_date, terms::text FROM contract_projection")) {
            while (rs.next()) {
                UUID id = rs.getObject(1, UUID.class);
                ContractChanged.ContractTerms terms = EventCodec.decode(rs.getString(6).getBytes(StandardCharsets.UTF_8),
                        ContractChanged.ContractTerms.class);
                ContractEntry entry = ContractEntry.of(id, rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), terms, schedules);
                contracts.put(id, entry);
                byPayor.computeIfAbsent(entry.payorId, p -> new ArrayList<>()).add(entry);
            }
        }
        LOG.debugf("Terms catalog loaded: %d contracts, %d reference schedules", contracts.size(), schedules.size());
        return new Snapshot(stamp, contracts, byPayor);
    }

    private static ReferenceFeeSchedule schedule(String rowsJson) {
        ReferenceScheduleChanged.Row[] rows = EventCodec.decode(rowsJson.getBytes(StandardCharsets.UTF_8),
                ReferenceScheduleChanged.Row[].class);
        InMemoryReferenceFeeSchedule.Builder builder = InMemoryReferenceFeeSchedule.builder();
        for (ReferenceScheduleChanged.Row row : rows) {
            try {
                builder.put(row.code(), row.modifier(), orZero(row.facilityAmount()), orZero(row.nonFacilityAmount()));
            } catch (IllegalArgumentException e) {
                LOG.warnf("Reference schedule row %s-%s skipped: %s", row.code(), row.modifier(), e.getMessage());
            }
        }
        return builder.build();
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** The catalog at one moment; immutable. */
    public static final class Snapshot {
        private final String stamp;
        private final Map<UUID, ContractEntry> contracts;
        private final Map<UUID, List<ContractEntry>> byPayor;

        Snapshot(String stamp, Map<UUID, ContractEntry> contracts, Map<UUID, List<ContractEntry>> byPayor) {
            this.stamp = stamp;
            this.contracts = contracts;
            this.byPayor = byPayor;
        }

        public ContractEntry contract(UUID id) {
            return id == null ? null : contracts.get(id);
        }

        /**
         * The contract of the payor and provider entity in force on the date: a contract naming the
         * provider (same TIN, or NPI equal to its group or facility NPI) beats one that names no
         * provider; one naming another provider never matches. A DRAFT or NEGOTIATING contract was
         * never in force, so it never matches: such a claim is unmatched (out of network). Then ACTIVE
         * beats EXPIRED and TERMINATED; then the latest effective date. Null when none.
         */
        public ContractEntry match(UUID payorId, String tin, String npi, LocalDate dateOfService) {
            ContractEntry best = null;
            int bestScore = -1;
            for (ContractEntry entry : byPayor.getOrDefault(payorId, List.of())) {
                if (dateOfService.isBefore(entry.effective) || (entry.expiration != null && dateOfService.isAfter(entry.expiration))) {
                    continue;
                }
                int providerScore = entry.providerScore(tin, npi);
                if (providerScore < 0 || !entry.signed()) {
                    continue;
                }
                int score = providerScore * 10 + statusScore(entry.status);
                if (score > bestScore || (score == bestScore && entry.effective.isAfter(best.effective))) {
                    best = entry;
                    bestScore = score;
                }
            }
            return best;
        }

        private static int statusScore(String status) {
            return "ACTIVE".equals(status) ? 3 : 2;
        }
    }

    /** One contract: who it binds, its payment terms, and its rate versions ready to price. */
    public static final class ContractEntry {

        /** Whether the contract was ever in force: ACTIVE now, or EXPIRED or TERMINATED since. */
        boolean signed() {
            return "ACTIVE".equals(status) || "EXPIRED".equals(status) || "TERMINATED".equals(status);
        }

        final UUID id;
        final UUID payorId;
        final String status;
        final LocalDate effective;
        final LocalDate expiration;
        final ContractChanged.ProviderEntity provider;
        final Integer cleanClaimDays;
        final BigDecimal lateInterestPercent;
        final RateVersion[] versions;

        private ContractEntry(UUID id, UUID payorId, String status, LocalDate effective, LocalDate expiration,
                              ContractChanged.ContractTerms terms, RateVersion[] versions) {
            this.id = id;
            this.payorId = payorId;
            this.status = status;
            this.effective = effective;
            this.expiration = expiration;
            this.provider = terms.provider();
            ContractChanged.PaymentTerms payment = terms.paymentTerms();
            this.cleanClaimDays = payment == null ? null : payment.cleanClaimPaymentDays();
            this.lateInterestPercent = payment == null ? null : payment.lateInterestRatePercent();
            this.versions = versions;
        }

        static ContractEntry of(UUID id, UUID payorId, String status, LocalDate effective, LocalDate expiration,
                                ContractChanged.ContractTerms terms, Map<UUID, ReferenceFeeSchedule> schedules) {
            List<ContractChanged.RateTerms> rates = new ArrayList<>(terms.rateVersions());
            rates.sort(Comparator.comparing(ContractChanged.RateTerms::effectiveFrom));
            BillingClass billingClass = null;
            try {
                billingClass = terms.provider() == null ? null : TermsMapper.billingClass(terms.provider().billingClass());
            } catch (IllegalArgumentException e) {
                LOG.warnf("Contract %s: unknown billing class %s", id, terms.provider().billingClass());
            }
            LocalDate pricedUntil = pricedUntil(status, effective, expiration, terms.renewal());
            RateVersion[] versions = new RateVersion[rates.size()];
            for (int i = 0; i < versions.length; i++) {
                ContractChanged.RateTerms rate = rates.get(i);
                LocalDate to = i + 1 < rates.size() ? rates.get(i + 1).effectiveFrom().minusDays(1) : pricedUntil;
                ReferenceFeeSchedule reference = rate.referenceScheduleId() == null
                        ? NO_SCHEDULE : schedules.getOrDefault(rate.referenceScheduleId(), NO_SCHEDULE);
                ContractTerms pricing = null;
                CompiledTerms compiled = null;
                String invalid = null;
                try {
                    pricing = TermsMapper.toPricing(rate, rate.effectiveFrom(), to);
                    compiled = CompiledTerms.compile(pricing);
                } catch (IllegalArgumentException e) {
                    pricing = null;
                    invalid = e.getMessage();
                    LOG.warnf("Contract %s rates from %s cannot be priced: %s", id, rate.effectiveFrom(), invalid);
                }
                versions[i] = new RateVersion(rate.effectiveFrom(), to, pricing, compiled, reference, billingClass, invalid);
            }
            return new ContractEntry(id, payorId, status, effective, pricedUntil, terms, versions);
        }

        /**
         * The last date of service the contract prices: none while an evergreen contract runs on (it
         * keeps its last terms for each renewal period until it is terminated or lapses), else its
         * expiration, as contract-service's quotes do.
         */
        static LocalDate pricedUntil(String status, LocalDate effective, LocalDate expiration,
                                     ContractChanged.Renewal renewal) {
            if (renewal == null || !renewal.autoRenew() || effective == null || expiration == null
                    || expiration.isBefore(effective)) {
                return expiration;
            }
            boolean ended = "EXPIRED".equals(status) || "TERMINATED".equals(status);
            return new RenewalTerms(effective, expiration, true, null, null).pricedPeriod(ended).expiration();
        }

        public UUID id() {
            return id;
        }

        /** The rate version in force on the date, or null before the first or after the contract. */
        RateVersion versionFor(LocalDate dateOfService) {
            if (expiration != null && dateOfService.isAfter(expiration)) {
                return null;
            }
            RateVersion found = null;
            for (RateVersion version : versions) {
                if (!version.from.isAfter(dateOfService)) {
                    found = version;
                }
            }
            return found;
        }

        /** 1 when the contract names this provider, 0 when it names none, -1 when it names another. */
        int providerScore(String tin, String npi) {
            if (provider == null || (provider.tin() == null && provider.groupNpi() == null && provider.facilityNpi() == null)) {
                return 0;
            }
            boolean sameTin = tin != null && tin.equals(provider.tin());
            boolean sameNpi = npi != null && (npi.equals(provider.groupNpi()) || npi.equals(provider.facilityNpi()));
            return sameTin || sameNpi ? 1 : -1;
        }

        @Override
        public String toString() {
            return "contract " + id + " " + Arrays.toString(versions);
        }
    }

    /**
     * Rate terms from one date, as terms (what a negotiation proposal changes) and compiled;
     * {@code invalid} says why they cannot price when both are null.
     */
    record RateVersion(LocalDate from, LocalDate to, ContractTerms terms, CompiledTerms compiled,
                       ReferenceFeeSchedule reference, BillingClass billingClass, String invalid) {
    }
}
