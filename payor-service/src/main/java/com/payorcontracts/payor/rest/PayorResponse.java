package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.Payor;
import com.payorcontracts.payor.domain.PayorType;

import java.time.Instant;
import java.util.UUID;

/** A payor as the API shows it. */
public record PayorResponse(UUID id, String name, PayorType type, Instant createdAt, Instant updatedAt) {

    static PayorResponse of(Payor payor) {
        return new PayorResponse(payor.id, payor.name, payor.type, payor.createdAt, payor.updatedAt);
    }
}
