package com.payorcontracts.x12.remittance;

/**
 * The TRN reassociation trace that ties this remittance to its money.
 *
 * @param type TRN01, {@code 1} current transaction trace number
 * @param number TRN02, the check or EFT trace number
 * @param originatorId TRN03, the payer's originating company id (usually {@code 1} + TIN)
 * @param originatorSupplementalId TRN04, null when absent
 */
public record Trace(String type, String number, String originatorId, String originatorSupplementalId) {
}
