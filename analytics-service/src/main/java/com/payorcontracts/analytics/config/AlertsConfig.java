package com.payorcontracts.analytics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Alerts: the answer time of a payor's proposal, and the job that announces alerts coming due (alert.due). */
@ConfigMapping(prefix = "payorcontracts.alerts")
public interface AlertsConfig {

    /**
     * Days after a payor's proposal by which we answer it (its PROPOSAL_AWAITING_ANSWER due date):
     * negotiation-changed carries no respond-by date, so this is the house rule.
     */
    @WithDefault("14")
    int proposalAnswerDays();

    /** The alert.due job. */
    DueNotices dueNotices();

    /** Announces each alert once, when it comes within {@code withinDays} of its due date. */
    interface DueNotices {
        /** Whether this replica runs the job (announcing is safe on every replica: the database keeps it once). */
        @WithDefault("true")
        boolean enabled();

        /** How often the job looks for alerts that came due, e.g. 5m (a day's change shows within this). */
        @WithDefault("5m")
        String interval();

        /** The look-ahead that makes an alert due: the default of GET /api/v1/alerts. */
        @WithDefault("30")
        int withinDays();
    }
}
