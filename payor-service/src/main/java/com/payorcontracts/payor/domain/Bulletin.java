package com.payorcontracts.payor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payor's announcement of a rule change: what, from when, which codes, and what it touches. */
@Entity
@Table(name = "bulletin")
public class Bulletin extends PayorItem {

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "affected_codes", nullable = false)
    public String[] affectedCodes = new String[0];

    /** {@link BulletinImpact} names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] impacts = new String[0];

    @Column(name = "source_url")
    public String sourceUrl;

    protected Bulletin() {
    }

    public Bulletin(UUID payorId, Instant now) {
        super(payorId, now);
    }
}
