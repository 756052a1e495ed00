package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.PayorProfile;
import com.payorcontracts.payor.domain.PayorType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A payor's profile as a client creates or replaces it; only name and type are required. */
@Schema(name = "PayorRequest", example = """
        {"name": "Cascade Mutual Health", "legalName": "Cascade Mutual Health Insurance Company",
         "type": "COMMERCIAL", "parentOrganization": "Cascade Mutual Holdings",
         "ediPayerIds": [{"payerId": "CMH01", "clearinghouse": "Clearpath Exchange"}],
         "portalUrl": "https://providers.cascademutual.example", "notes": "Strong in WA and OR commercial PPO."}""")
public record PayorRequest(
        @NotBlank @Size(max = 200) @Schema(description = "Display name", example = "Cascade Mutual Health") String name,
        @Size(max = 300) @Schema(description = "Legal entity name") String legalName,
        @NotNull @Schema(description = "Kind of payor") PayorType type,
        @Size(max = 200) @Schema(description = "Parent organization, if part of a group") String parentOrganization,
        @Size(max = 20) @Schema(description = "EDI payer ids, each with its clearinghouse")
        List<@NotNull @Valid EdiPayerIdDto> ediPayerIds,
        @Size(max = 2000) @Pattern(regexp = Formats.URL, message = Formats.URL_MESSAGE)
        @Schema(description = "Provider portal") String portalUrl,
        @Size(max = 10_000) String notes) {

    PayorProfile toProfile() {
        return new PayorProfile(name.strip(), blankToNull(legalName), type, blankToNull(parentOrganization),
                ediPayerIds == null ? List.of() : ediPayerIds.stream().map(EdiPayerIdDto::toDomain).distinct().toList(),
                blankToNull(portalUrl), blankToNull(notes));
    }

    static PayorRequest of(PayorProfile profile) {
        return new PayorRequest(profile.name(), profile.legalName(), profile.type(), profile.parentOrganization(),
                profile.ediPayerIds().stream().map(EdiPayerIdDto::of).toList(), profile.portalUrl(), profile.notes());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
