package com.payorcontracts.payor.domain;

import com.payorcontracts.platform.domain.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.UUID;

/** Something that belongs to one payor (a presence figure, a policy, a contact...), edited on its own. */
@MappedSuperclass
public abstract class PayorItem extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "payor_id", nullable = false, updatable = false)
    public UUID payorId;

    protected PayorItem() {
    }

    protected PayorItem(UUID payorId, Instant now) {
        super(now);
        this.id = UUID.randomUUID();
        this.payorId = payorId;
    }
}
