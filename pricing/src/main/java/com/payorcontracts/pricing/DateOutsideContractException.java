package com.payorcontracts.pricing;

import java.time.LocalDate;

/** A claim's date of service falls outside the period the contract's terms are in force. */
public class DateOutsideContractException extends RuntimeException {

    private final LocalDate dateOfService;
    private final ContractPeriod period;

    public DateOutsideContractException(LocalDate dateOfService, ContractPeriod period) {
        super("date of service " + dateOfService + " is outside the contract period " + period);
        this.dateOfService = dateOfService;
        this.period = period;
    }

    public LocalDate dateOfService() {
        return dateOfService;
    }

    public ContractPeriod period() {
        return period;
    }
}
