package com.payorcontracts.payor.rest;

import com.payorcontracts.platform.domain.LineOfBusiness;
import com.payorcontracts.payor.domain.PlanProduct;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A plan product as the API shows it. */
public record ProductResponse(UUID id, UUID payorId, String name, LineOfBusiness lineOfBusiness, List<String> states,
                              @Schema(nullable = true) String notes, long version) {

    static ProductResponse of(PlanProduct p) {
        return new ProductResponse(p.id, p.payorId, p.name, p.lineOfBusiness, List.of(p.states), p.notes, p.rowVersion);
    }
}
