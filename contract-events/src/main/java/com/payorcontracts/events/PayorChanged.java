package com.payorcontracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The payor-changed event: payor-service publishes one after every change of a payor's profile or
 * pipeline status, and of its utilization-management policies, bulletins or interactions, carrying the
 * payor's current profile and status, and the changed item as it now is, so that a consumer never has to
 * call back.
 */
public final class PayorChanged {

    /** The CloudEvents {@code type} of version 1. */
    public static final String TYPE_V1 = "com.payorcontracts.payor.changed.v1";

    private PayorChanged() {
    }

    /** What kind of change produced the event. */
    public enum ChangeKind {
        CREATED, UPDATED, STATUS_CHANGED, ARCHIVED, RESTORED, UM_POLICY_CHANGED, BULLETIN_CHANGED, INTERACTION_CHANGED
    }

    /**
     * Version 1 of the event.
     *
     * @param eventId       unique per event; consumers use it to skip duplicates
     * @param payorId       the aggregate, also the Kafka record key
     * @param version       per-payor sequence that only grows; an older version never overwrites a newer one
     * @param occurredAt    when the change committed
     * @param kind          what happened
     * @param changedItemId the UM policy, bulletin or interaction that changed, for those kinds; otherwise null
     * @param payor         the payor's profile and status after the change
     * @param item          that item after the change (or as it was when removed), for those kinds;
     *                      otherwise null. Added after the first events: older ones carry none.
     */
    public record V1(UUID eventId, UUID payorId, long version, Instant occurredAt, ChangeKind kind,
                     UUID changedItemId, PayorState payor, ItemState item) {
        public V1 {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(payorId, "payorId");
            Objects.requireNonNull(occurredAt, "occurredAt");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(payor, "payor");
            if (version < 1) {
                throw new IllegalArgumentException("version must be at least 1");
            }
            if (item != null && !item.id().equals(changedItemId)) {
                throw new IllegalArgumentException("item must be the changed item");
            }
        }

        /** An event about the payor itself, not one of its items. */
        public V1(UUID eventId, UUID payorId, long version, Instant occurredAt, ChangeKind kind, PayorState payor) {
            this(eventId, payorId, version, occurredAt, kind, null, payor, null);
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

    /**
     * The item a UM-policy, bulletin or interaction change is about; exactly one of the three is set.
     *
     * @param removed true when the change deleted it; the state is then its last one
     */
    public record ItemState(UUID id, boolean removed, UmPolicyState umPolicy, BulletinState bulletin,
                            InteractionState interaction) {
        public ItemState {
            Objects.requireNonNull(id, "id");
            int set = (umPolicy == null ? 0 : 1) + (bulletin == null ? 0 : 1) + (interaction == null ? 0 : 1);
            if (set != 1) {
                throw new IllegalArgumentException("exactly one of umPolicy, bulletin, interaction");
            }
        }
    }

    /** A utilization-management rule: whether a code (and modifier; null = any) needs prior authorization. */
    public record UmPolicyState(String code, String modifier, boolean priorAuthRequired, LocalDate effectiveDate,
                                LocalDate endDate) {
    }

    /** A payor's announced rule change; {@code impacts} are RATE, COVERAGE, AUTHORIZATION, DOCUMENTATION. */
    public record BulletinState(String title, LocalDate publishedOn, LocalDate effectiveDate,
                                List<String> affectedCodes, List<String> impacts) {
        public BulletinState {
            affectedCodes = affectedCodes == null ? List.of() : List.copyOf(affectedCodes);
            impacts = impacts == null ? List.of() : List.copyOf(impacts);
        }
    }

    /**
     * A conversation with the payor and its follow-up; free-text notes and outcome stay in payor-service
     * (they are not needed downstream and may hold anything a person typed).
     */
    public record InteractionState(String kind, LocalDate occurredOn, LocalDate nextFollowUpOn, boolean followUpDone) {
    }
}
