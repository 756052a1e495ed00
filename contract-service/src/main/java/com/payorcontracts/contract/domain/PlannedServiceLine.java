package com.payorcontracts.contract.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A service line the organization plans to start: a named group of codes and a target start date. */
@Entity
@Table(name = "planned_service_line")
public class PlannedServiceLine extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "target_start_date", nullable = false)
    public LocalDate targetStartDate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> codes = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected PlannedServiceLine() {
    }

    public PlannedServiceLine(String name, LocalDate targetStartDate, List<String> codes, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.targetStartDate = targetStartDate;
        this.codes = new ArrayList<>(codes);
        this.createdAt = now;
    }
}
