package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.MarketPresence;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Covered lives and market share of the payor in a state (or one county of it). */
@Schema(name = "PresenceRequest", example = """
        {"state": "TX", "county": "Travis", "coveredLives": 182000, "marketSharePercent": 14.5,
         "asOf": "2025-12-31", "source": "State insurance department enrollment report, Q4 2025"}""")
public record PresenceRequest(
        @NotNull @Pattern(regexp = Formats.US_STATE, message = Formats.US_STATE_MESSAGE) String state,
        @Size(max = 100) @Schema(description = "Leave out for the whole state") String county,
        @NotNull @Min(value = 0, message = "must be 0 or more") Long coveredLives,
        @DecimalMin(value = "0", message = "must be between 0 and 100") @DecimalMax(value = "100", message = "must be between 0 and 100")
        @Digits(integer = 3, fraction = 2, message = "must have at most 2 decimals") BigDecimal marketSharePercent,
        @NotNull @PastOrPresent(message = "must not be in the future") LocalDate asOf,
        @NotBlank @Size(max = 300) @Schema(description = "Where the figure comes from") String source) {

    void applyTo(MarketPresence presence) {
        presence.state = state;
        presence.county = PayorRequest.blankToNull(county);
        presence.coveredLives = coveredLives;
        presence.marketSharePercent = marketSharePercent;
        presence.asOf = asOf;
        presence.source = source.strip();
    }
}
