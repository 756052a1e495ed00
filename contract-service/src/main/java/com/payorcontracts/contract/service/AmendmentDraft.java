package com.payorcontracts.contract.service;

import com.payorcontracts.pricing.DefaultRule;
import com.payorcontracts.pricing.Escalator;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.ModifierRules;
import com.payorcontracts.pricing.MultipleProcedureReduction;
import com.payorcontracts.pricing.StopLoss;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The changes an amendment makes; a null field keeps what was in force. {@code replaceSchedule}
 * replaces every line; {@code upserts} and {@code removals} change single lines. A
 * {@code lesserOfPercent} turns lesser-of on at that percentage; {@code lesserOf} true alone keeps
 * the percentage in force (100 if lesser-of was off). A {@code newExpirationDate} makes the amendment
 * a renewal: the contract runs to that date.
 */
public record AmendmentDraft(String name, String description, LocalDate effectiveDate, UUID referenceScheduleId,
                             List<FeeScheduleLine> replaceSchedule, List<FeeScheduleLine> upserts, List<LineKey> removals,
                             DefaultRule defaultRule, MultipleProcedureReduction multipleProcedureReduction,
                             ModifierRules modifierRules, StopLoss stopLoss, Boolean lesserOf, BigDecimal lesserOfPercent,
                             Escalator escalator, Set<String> clear, LocalDate newExpirationDate) {
}
