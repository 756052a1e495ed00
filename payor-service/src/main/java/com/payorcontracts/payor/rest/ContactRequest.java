package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.Contact;
import com.payorcontracts.payor.domain.ContactRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person at the payor. */
@Schema(name = "ContactRequest", example = """
        {"name": "Morgan Ellis", "role": "PROVIDER_RELATIONS_REPRESENTATIVE", "email": "m.ellis@cascademutual.example",
         "phone": "(555) 201-4400 x212", "notes": "Covers ASCs east of the Cascades."}""")
public record ContactRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull ContactRole role,
        @Size(max = 254) @Email(regexp = Formats.EMAIL, message = Formats.EMAIL_MESSAGE) String email,
        @Pattern(regexp = Formats.PHONE, message = Formats.PHONE_MESSAGE) String phone,
        @Size(max = 2000) String notes) {

    void applyTo(Contact contact) {
        contact.name = name.strip();
        contact.role = role;
        contact.email = PayorRequest.blankToNull(email);
        contact.phone = PayorRequest.blankToNull(phone);
        contact.notes = PayorRequest.blankToNull(notes);
    }
}
