package com.payorcontracts.payor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Covered lives and market share of a payor in a state, or in one county of it, as of a date. */
@Entity
@Table(name = "market_presence")
public class MarketPresence extends PayorItem {

    @Column(nullable = false)
    public String state;

    /** Null for the whole state; a county figure refines the state's and is not added to it. */
    public String county;

    @Column(name = "covered_lives", nullable = false)
    public long coveredLives;

    @Column(name = "market_share_percent")
    public BigDecimal marketSharePercent;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @Column(nullable = false)
    public String source;

    protected MarketPresence() {
    }

    public MarketPresence(UUID payorId, java.time.Instant now) {
        super(payorId, now);
    }
}
