package com.payorcontracts.payor.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** Something that belongs to one payor (a presence figure, a policy, a contact...), edited on its own. */
@MappedSuperclass
public abstract class PayorItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "payor_id", nullable = false, updatable = false)
    public UUID payorId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    protected PayorItem() {
    }

    protected PayorItem(UUID payorId, Instant now) {
        this.id = UUID.randomUUID();
        this.payorId = payorId;
        this.createdAt = now;
        this.updatedAt = now;
    }
}
