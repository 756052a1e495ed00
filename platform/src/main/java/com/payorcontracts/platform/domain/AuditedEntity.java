package com.payorcontracts.platform.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * An entity edited by clients: when it was created and last changed, and the row version that
 * optimistic locking (and the ETag of its representation) is built on. Every table of such an
 * entity has {@code created_at}, {@code updated_at} and {@code row_version}.
 */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntityBase {

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Bumped by Hibernate on every update; a stale version fails the update instead of losing an edit. */
    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    protected AuditedEntity() {
    }

    protected AuditedEntity(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }
}
