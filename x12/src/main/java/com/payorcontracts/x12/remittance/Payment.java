package com.payorcontracts.x12.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The BPR financial information: how much the payer paid the provider in this transaction, and how.
 *
 * @param position ordinal of the BPR segment in the input
 * @param handlingCode BPR01, e.g. {@code I} remittance with payment, {@code H} notification only
 * @param totalActualPayment BPR02, the total actual provider payment; may be zero or negative
 * @param creditDebit BPR03, {@code C} or {@code D}
 * @param method BPR04, e.g. {@code ACH}, {@code CHK}, {@code NON}
 * @param format BPR05, e.g. {@code CCP}; null when absent
 * @param date BPR16, the check issue or EFT effective date
 */
public record Payment(
        int position,
        String handlingCode,
        BigDecimal totalActualPayment,
        String creditDebit,
        String method,
        String format,
        LocalDate date) {
}
