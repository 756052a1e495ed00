package com.payorcontracts.payor.domain;

/** How we talked to the payor. */
public enum InteractionKind {
    MEETING, CALL, EMAIL, CONFERENCE
}
