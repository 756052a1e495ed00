package com.payorcontracts.analytics.domain.alert;

/** What an alert is about; each kind has one rule class in this package. */
public enum AlertKind {
    /** A contract that does not renew itself reaches its expiration date ({@link ContractExpiring}). */
    CONTRACT_EXPIRING,
    /** The last day to negotiate renewal before a term ends ({@link RenewalNoticeDeadline}). */
    RENEWAL_NOTICE_DEADLINE,
    /** The last day to give notice of termination without cause before a term ends ({@link TerminationNoticeDeadline}). */
    TERMINATION_NOTICE_DEADLINE,
    /** An escalator's next increase takes effect ({@link EscalatorStepDue}). */
    ESCALATOR_STEP_DUE,
    /** A payor bulletin takes effect ({@link BulletinTakingEffect}). */
    BULLETIN_TAKING_EFFECT,
    /** A follow-up of an interaction with a payor is due or overdue ({@link FollowUpDue}). */
    FOLLOW_UP_DUE,
    /** An open underpayment's appeal window closes ({@link AppealDeadline}). */
    APPEAL_DEADLINE,
    /** An open underpayment nobody touched for 30 days ({@link UnderpaymentUntouched}). */
    UNDERPAYMENT_UNTOUCHED,
    /** A claim paid later than the contract's clean-claim days, with the interest owed ({@link LatePaymentInterest}). */
    LATE_PAYMENT_INTEREST,
    /** A payor's proposal in an open negotiation that we have not answered ({@link ProposalAwaitingAnswer}). */
    PROPOSAL_AWAITING_ANSWER,
    /** A webhook endpoint disabled after repeated failures or a 410 ({@link WebhookEndpointDisabled}). */
    WEBHOOK_ENDPOINT_DISABLED
}
