package com.payorcontracts.payor.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** An insurer the provider contracts with, or might. */
@Entity
@Table(name = "payor")
public class Payor extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PayorType type;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    protected Payor() {
    }

    public Payor(String name, PayorType type, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.type = type;
        this.createdAt = now;
        this.updatedAt = now;
    }
}
