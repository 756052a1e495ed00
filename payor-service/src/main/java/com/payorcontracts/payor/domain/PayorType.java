package com.payorcontracts.payor.domain;

/** The kind of insurer, which decides which rules and reference fee schedules usually apply. */
public enum PayorType {
    COMMERCIAL, MEDICARE, MEDICARE_ADVANTAGE, MEDICAID, MEDICAID_MANAGED_CARE, TRICARE, WORKERS_COMP, AUTO_PIP, OTHER
}
