package com.payorcontracts.payor.domain;

/** What a payor's rule change touches. */
public enum BulletinImpact {
    RATE, COVERAGE, AUTHORIZATION, DOCUMENTATION
}
