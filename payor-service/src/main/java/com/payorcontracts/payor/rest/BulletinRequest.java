package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.Bulletin;
import com.payorcontracts.payor.domain.BulletinImpact;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A payor's announcement of a rule change. */
@Schema(name = "BulletinRequest", example = """
        {"title": "Prior authorization for lumbar facet procedures",
         "summary": "From March 1, facet injections and radiofrequency ablation need prior authorization for commercial members.",
         "publishedOn": "2026-01-15", "effectiveDate": "2026-03-01", "affectedCodes": ["64490", "64493", "64633", "64635"],
         "impacts": ["AUTHORIZATION", "DOCUMENTATION"], "sourceUrl": "https://providers.cascademutual.example/bulletins/2026-04"}""")
public record BulletinRequest(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 5000) String summary,
        LocalDate publishedOn,
        @NotNull LocalDate effectiveDate,
        @Size(max = 500) List<@NotNull @Pattern(regexp = Formats.CODE, message = Formats.CODE_MESSAGE) String> affectedCodes,
        @NotEmpty(message = "must name at least one of RATE, COVERAGE, AUTHORIZATION, DOCUMENTATION")
        Set<@NotNull BulletinImpact> impacts,
        @Size(max = 2000) @Pattern(regexp = Formats.URL, message = Formats.URL_MESSAGE) String sourceUrl) {

    void applyTo(Bulletin bulletin) {
        bulletin.title = title.strip();
        bulletin.summary = summary.strip();
        bulletin.publishedOn = publishedOn;
        bulletin.effectiveDate = effectiveDate;
        bulletin.affectedCodes = affectedCodes == null ? new String[0] : affectedCodes.stream().distinct().sorted().toArray(String[]::new);
        bulletin.impacts = impacts.stream().sorted().map(Enum::name).toArray(String[]::new);
        bulletin.sourceUrl = PayorRequest.blankToNull(sourceUrl);
    }
}
