package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.service.LineKey;
import com.payorcontracts.pricing.BillingClass;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Which fee-schedule line: its code and whatever narrows it. */
public record LineKeyDto(
        @NotNull @Pattern(regexp = Codes.PROCEDURE, message = Codes.PROCEDURE_MESSAGE) String code,
        @Pattern(regexp = Codes.MODIFIER, message = Codes.MODIFIER_MESSAGE) String modifier,
        BillingClass billingClass,
        @Pattern(regexp = Codes.PLACE_OF_SERVICE, message = Codes.PLACE_OF_SERVICE_MESSAGE) String placeOfService) {

    LineKey toDomain() {
        return new LineKey(code, modifier, billingClass, placeOfService);
    }
}
