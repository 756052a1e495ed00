package com.payorcontracts.contract.service;

import com.payorcontracts.contract.domain.RateRules;
import com.payorcontracts.pricing.FeeScheduleLine;

import java.util.List;
import java.util.UUID;

/** Rate terms a client asks for: fee schedule, rules, and the reference schedule they lean on. */
public record RatesDraft(List<FeeScheduleLine> feeSchedule, RateRules rules, UUID referenceScheduleId) {
}
