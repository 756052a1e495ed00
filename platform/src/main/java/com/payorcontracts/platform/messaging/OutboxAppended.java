package com.payorcontracts.platform.messaging;

/** CDI event: a transaction appended to the outbox. The relay reacts once that transaction commits. */
public enum OutboxAppended {
    INSTANCE
}
