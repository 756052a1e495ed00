package com.payorcontracts.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The payor-changed event: payor-service publishes one after every change of a payor's profile or
 * pipeline status, and of its utilization-management policies or bulletins, carrying the payor's
 * current profile and status so that a consumer never has to call back.
 */
public final class PayorChanged {

    /** The CloudEvents {@code type} of version 1. */
    public static final String TYPE_V1 = "com.payorcontracts.payor.changed.v1";

    private PayorChanged() {
    }

    /** What kind of change produced the event. */
    public enum ChangeKind {
        CREATED, UPDATED, STATUS_CHANGED, ARCHIVED, RESTORED, UM_POLICY_CHANGED, BULLETIN_CHANGED
    }

    /**
     * Version 1 of the event.
     *
     * @param eventId       unique per event; consumers use it to skip duplicates
     * @param payorId       the aggregate, also the Kafka record key
     * @param version       per-payor sequence that only grows; an older version never overwrites a newer one
     * @param occurredAt    when the change committed
     * @param kind          what happened
     * @param changedItemId the UM policy or bulletin that changed, for those kinds; otherwise null
     * @param payor         the payor's profile and status after the change
     */
    public record V1(UUID eventId, UUID payorId, long version, Instant occurredAt, ChangeKind kind,
                     UUID changedItemId, PayorState payor) {
        public V1 {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(payorId, "payorId");
            Objects.requireNonNull(occurredAt, "occurredAt");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(payor, "payor");
            if (version < 1) {
                throw new IllegalArgumentException("version must be at least 1");
            }
        }
    }

    /** A payor's profile and pipeline status as of the event; {@code archived} payors stay resolvable. */
    public record PayorState(String name, String legalName, String type, String status, String parentOrganization,
                             List<EdiPayerId> ediPayerIds, String portalUrl, boolean archived) {
        public PayorState {
            ediPayerIds = ediPayerIds == null ? List.of() : List.copyOf(ediPayerIds);
        }
    }

    /** An EDI payer id and the clearinghouse that uses it. */
    public record EdiPayerId(String payerId, String clearinghouse) {
    }
}
