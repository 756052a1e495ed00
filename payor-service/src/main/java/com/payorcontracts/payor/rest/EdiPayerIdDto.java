package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.EdiPayerId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An EDI payer id and the clearinghouse that uses it. */
@Schema(name = "EdiPayerId")
public record EdiPayerIdDto(
        @NotNull @Pattern(regexp = Formats.EDI_PAYER_ID, message = Formats.EDI_PAYER_ID_MESSAGE)
        @Schema(example = "CMH01") String payerId,
        @NotBlank @Size(max = 100) @Schema(example = "Clearpath Exchange") String clearinghouse) {

    EdiPayerId toDomain() {
        return new EdiPayerId(payerId.toUpperCase(), clearinghouse.strip());
    }

    static EdiPayerIdDto of(EdiPayerId id) {
        return new EdiPayerIdDto(id.payerId(), id.clearinghouse());
    }
}
