package com.payorcontracts.contract.service;

import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.contract.domain.RateTermsVersion;
import com.payorcontracts.pricing.FeeScheduleLine;

import java.time.LocalDate;
import java.util.List;

/** A contract's rate terms on one date: the version in force and its fee schedule. */
public record TermsInForce(Contract contract, LocalDate asOf, RateTermsVersion version, List<FeeScheduleLine> feeSchedule) {
}
