package com.payorcontracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A negotiation with a payor was opened, got a proposal, or was accepted, rejected or withdrawn.
 * Published on {@code negotiation-changed}, keyed by negotiation id. It never carries a walk-away
 * floor nor anything derived from one (which codes are below floor): only the proposal's terms and
 * its totals at the catalog's expected volumes.
 */
public final class NegotiationChanged {

    /** The CloudEvents {@code type} of version 1. */
    public static final String TYPE_V1 = "com.payorcontracts.negotiation.changed.v1";

    private NegotiationChanged() {
    }

    /** What happened to the negotiation. */
    public enum ChangeKind { OPENED, PROPOSED, ACCEPTED, REJECTED, WITHDRAWN }

    /**
     * @param version grows by one with each change of the negotiation
     * @param latest the latest proposal; null before the first
     * @param amendmentId the amendment (or renewal) the accepted proposal created; null otherwise
     */
    public record V1(UUID eventId, UUID negotiationId, UUID contractId, UUID payorId, long version, Instant occurredAt,
                     ChangeKind kind, String name, String status, int rounds, Proposal latest, UUID amendmentId) {
        public V1 {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(negotiationId, "negotiationId");
        }
    }

    /**
     * One proposal's terms and totals (USD, scale 2, rate x expected annual volume over the codes compared).
     *
     * @param from US or PAYOR
     * @param escalatorFirstAnniversary the escalator's first step (absent in events written before it was added)
     * @param escalatorAppliesTo the rate methods the escalator raises (absent: FIXED, PER_DIEM and CASE_RATE)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Proposal(UUID proposalId, int round, String from, LocalDate effectiveDate, LocalDate newExpirationDate,
                           Boolean autoRenew, BigDecimal escalatorAnnualPercent, Integer escalatorYears,
                           LocalDate escalatorFirstAnniversary, List<String> escalatorAppliesTo,
                           Integer paymentDays, Integer timelyFilingDays, BigDecimal lesserOfPercent,
                           List<RateChange> rateChanges, BigDecimal currentAnnualTotal, BigDecimal proposedAnnualTotal,
                           String note) {
        public Proposal {
            rateChanges = rateChanges == null ? List.of() : List.copyOf(rateChanges);
        }
    }

    /** A rate change: ABSOLUTE (amount), PERCENT_CHANGE or PERCENT_OF_MEDICARE (percent) of the codes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RateChange(String kind, List<String> codes, BigDecimal amount, BigDecimal percent) {
    }
}
