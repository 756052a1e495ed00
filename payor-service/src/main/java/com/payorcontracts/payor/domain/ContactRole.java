package com.payorcontracts.payor.domain;

/** What a person at the payor does for us. */
public enum ContactRole {
    PROVIDER_RELATIONS_REPRESENTATIVE, CONTRACTING_MANAGER, NETWORK_DEVELOPMENT, CREDENTIALING, MEDICAL_DIRECTOR,
    UTILIZATION_MANAGEMENT, CLAIMS, EXECUTIVE, OTHER
}
