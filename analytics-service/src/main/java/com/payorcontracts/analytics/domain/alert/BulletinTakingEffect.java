package com.payorcontracts.analytics.domain.alert;

import java.util.Optional;

/** A payor bulletin (a policy or rate change) takes effect: due on its effective date, shown until that day. */
public final class BulletinTakingEffect {

    private BulletinTakingEffect() {
    }

    public static Optional<Alert> of(BulletinFacts bulletin) {
        if (bulletin.removed() || bulletin.effectiveDate() == null) {
            return Optional.empty();
        }
        Subject subject = new Subject("bulletin", bulletin.bulletinId().toString(), bulletin.title(), bulletin.payorId(), null);
        return Optional.of(new Alert(AlertKind.BULLETIN_TAKING_EFFECT, subject, bulletin.effectiveDate(), null,
                bulletin.effectiveDate(), "effective=" + bulletin.effectiveDate() + ";title=" + bulletin.title(), null));
    }
}
