package com.payorcontracts.contract.service;

import com.payorcontracts.contract.domain.PaymentTerms;
import com.payorcontracts.contract.domain.ProviderEntity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contract a client asks for, already checked field by field; the service checks it as a whole. */
public record ContractDraft(UUID payorId, String name, LocalDate effectiveDate, LocalDate expirationDate,
                            ProviderEntity provider, List<String> linesOfBusiness, boolean autoRenew,
                            Integer renewalNoticeDays, Integer terminationNoticeDays, PaymentTerms paymentTerms,
                            RatesDraft rates) {
}
