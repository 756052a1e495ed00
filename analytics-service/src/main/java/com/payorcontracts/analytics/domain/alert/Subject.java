package com.payorcontracts.analytics.domain.alert;

import java.util.UUID;

/**
 * What an alert is about: its type (contract, bulletin, interaction, underpayment, claim, negotiation,
 * webhook-endpoint), its id, a label to show, and the payor and contract it belongs to (either may be null).
 */
public record Subject(String type, String id, String label, UUID payorId, UUID contractId) {

    /** The API path of the subject (who may read it decides who sees the alert). */
    public String link() {
        return switch (type) {
            case "contract" -> "/api/v1/contracts/" + id;
            case "bulletin" -> "/api/v1/payors/" + payorId + "/bulletins/" + id;
            case "interaction" -> "/api/v1/payors/" + payorId + "/interactions/" + id;
            case "underpayment" -> "/api/v1/analytics/underpayments/" + id;
            case "claim" -> "/api/v1/analytics/claims/" + id;
            case "negotiation" -> "/api/v1/contracts/" + contractId + "/negotiations/" + id;
            case "webhook-endpoint" -> "/api/v1/webhooks/endpoints/" + id;
            default -> throw new IllegalStateException("no link for subject type " + type);
        };
    }
}
