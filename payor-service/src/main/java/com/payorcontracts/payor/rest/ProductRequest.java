package com.payorcontracts.payor.rest;

import com.payorcontracts.platform.domain.LineOfBusiness;
import com.payorcontracts.payor.domain.PlanProduct;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A plan product of the payor and the states it is sold in. */
@Schema(name = "ProductRequest", example = """
        {"name": "Cascade Choice PPO", "lineOfBusiness": "PPO", "states": ["WA", "OR", "ID"],
         "notes": "Narrow ASC network outside Seattle."}""")
public record ProductRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull LineOfBusiness lineOfBusiness,
        @Size(max = 56) List<@NotNull @Pattern(regexp = Formats.US_STATE, message = Formats.US_STATE_MESSAGE) String> states,
        @Size(max = 5000) String notes) {

    void applyTo(PlanProduct product) {
        product.name = name.strip();
        product.lineOfBusiness = lineOfBusiness;
        product.states = states == null ? new String[0] : states.stream().distinct().sorted().toArray(String[]::new);
        product.notes = PayorRequest.blankToNull(notes);
    }
}
