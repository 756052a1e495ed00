package com.payorcontracts.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The contract-changed event: contract-service publishes one after every change of a contract,
 * carrying the full current terms so that a consumer never has to call back.
 */
public final class ContractChanged {

    /** The CloudEvents {@code type} of version 1. */
    public static final String TYPE_V1 = "com.payorcontracts.contract.changed.v1";

    private ContractChanged() {
    }

    /** What kind of change produced the event; consumers treat every kind the same way. */
    public enum ChangeKind {
        CREATED, UPDATED, STATUS_CHANGED, AMENDED, FEE_SCHEDULE_IMPORTED
    }

    /**
     * Version 1 of the event.
     *
     * @param eventId    unique per event; consumers use it to skip duplicates
     * @param contractId the aggregate, also the Kafka record key
     * @param version    per-contract sequence that only grows; an older version never overwrites a newer one
     * @param occurredAt when the change committed
     * @param kind       what happened
     * @param contract   the full terms after the change
     */
    public record V1(UUID eventId, UUID contractId, long version, Instant occurredAt, ChangeKind kind,
                     ContractTerms contract) {
        public V1 {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(contractId, "contractId");
            Objects.requireNonNull(occurredAt, "occurredAt");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(contract, "contract");
            if (version < 1) {
                throw new IllegalArgumentException("version must be at least 1");
            }
        }
    }

    /** A contract's terms as of the event. */
    public record ContractTerms(UUID payorId, String name, String status, LocalDate effectiveDate,
                                LocalDate expirationDate, List<FeeScheduleLine> feeSchedule) {
        public ContractTerms {
            feeSchedule = feeSchedule == null ? List.of() : List.copyOf(feeSchedule);
        }
    }

    /** One fee-schedule line; {@code amount} has scale 2. */
    public record FeeScheduleLine(String code, String modifier, BigDecimal amount) {
    }
}
