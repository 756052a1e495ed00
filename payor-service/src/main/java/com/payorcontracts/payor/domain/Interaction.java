package com.payorcontracts.payor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One conversation with a payor, its outcome, and when to follow up. */
@Entity
@Table(name = "interaction")
public class Interaction extends PayorItem {

    @Column(name = "contact_id")
    public UUID contactId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InteractionKind kind;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    public String notes;

    public String outcome;

    @Column(name = "next_follow_up_on")
    public LocalDate nextFollowUpOn;

    @Column(name = "follow_up_done", nullable = false)
    public boolean followUpDone;

    protected Interaction() {
    }

    public Interaction(UUID payorId, Instant now) {
        super(payorId, now);
    }
}
