package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.Contact;
import com.payorcontracts.payor.domain.ContactRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A contact as the API shows it. */
public record ContactResponse(UUID id, UUID payorId, String name, ContactRole role,
                              @Schema(nullable = true) String email, @Schema(nullable = true) String phone,
                              @Schema(nullable = true) String notes,
                              long version) {

    static ContactResponse of(Contact c) {
        return new ContactResponse(c.id, c.payorId, c.name, c.role, c.email, c.phone, c.notes, c.rowVersion);
    }
}
