package com.payorcontracts.contract.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A reference fee schedule, e.g. a Medicare physician fee schedule for one year and locality,
 * that PERCENT_OF_MEDICARE rates are a percentage of. Its rows are in {@code ReferenceScheduleRepository}.
 */
@Entity
@Table(name = "reference_schedule")
public class ReferenceSchedule extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String locality;

    /** Grows by one with each import; the version of its reference-schedule-changed event. */
    @Column(nullable = false)
    public long version;

    @Column(name = "row_count", nullable = false)
    public int rowCount;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    protected ReferenceSchedule() {
    }

    public ReferenceSchedule(String name, int year, String locality) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.year = year;
        this.locality = locality;
    }
}
