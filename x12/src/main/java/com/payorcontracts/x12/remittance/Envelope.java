package com.payorcontracts.x12.remittance;

/**
 * Control numbers of the envelopes around one 835 transaction, for acknowledging and de-duplicating files.
 *
 * <p>Interchange and group values are null when the file has no ISA/GS (some payers' samples and
 * portal downloads carry only ST..SE). ISA ids are trimmed of their fixed-width padding.
 *
 * @param usageIndicator ISA15, {@code P} production or {@code T} test
 * @param groupVersion GS08, e.g. {@code 005010X221A1}
 * @param implementationReference ST03, null when absent (it is optional before 5010)
 */
public record Envelope(
        String interchangeControlNumber,
        String interchangeSenderId,
        String interchangeReceiverId,
        String usageIndicator,
        String groupControlNumber,
        String groupVersion,
        String transactionControlNumber,
        String implementationReference) {
}
