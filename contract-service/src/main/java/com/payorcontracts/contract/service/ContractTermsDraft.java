package com.payorcontracts.contract.service;

import com.payorcontracts.contract.domain.FeeScheduleLine;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The terms a client asks for, already checked field by field; the service checks them as a whole. */
public record ContractTermsDraft(UUID payorId, String name, LocalDate effectiveDate, LocalDate expirationDate,
                                 List<FeeScheduleLine> feeSchedule) {
}
