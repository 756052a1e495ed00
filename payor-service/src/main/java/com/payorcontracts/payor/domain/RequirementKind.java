package com.payorcontracts.payor.domain;

/** What a payor asks of a provider before it contracts: credentials, accreditation, or an open panel. */
public enum RequirementKind {
    CREDENTIALING, ACCREDITATION, PANEL
}
