package com.payorcontracts.analytics.domain.alert;

import java.util.UUID;

/**
 * What an alert is about: its type (contract, bulletin, interaction, underpayment, claim), its id,
 * a label to show, and the payor and contract it belongs to (either may be null).
 */
public record Subject(String type, String id, String label, UUID payorId, UUID contractId) {
}
