package com.payorcontracts.analytics.domain.alert;

import java.util.Optional;

/**
 * A follow-up promised after an interaction with a payor: due on its date, and shown until it is
 * marked done (overdue included), since nothing else closes it.
 */
public final class FollowUpDue {

    private FollowUpDue() {
    }

    public static Optional<Alert> of(InteractionFacts interaction) {
        if (interaction.removed() || interaction.followUpDone() || interaction.nextFollowUpOn() == null) {
            return Optional.empty();
        }
        String label = interaction.kind() == null ? "follow-up" : interaction.kind() + " follow-up";
        Subject subject = new Subject("interaction", interaction.interactionId().toString(), label, interaction.payorId(), null);
        return Optional.of(new Alert(AlertKind.FOLLOW_UP_DUE, subject, interaction.nextFollowUpOn(), null, null,
                "followUpOn=" + interaction.nextFollowUpOn(), null));
    }
}
