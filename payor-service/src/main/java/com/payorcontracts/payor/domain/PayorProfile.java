package com.payorcontracts.payor.domain;

import java.util.List;

/** The editable description of a payor, already validated and trimmed. */
public record PayorProfile(String name, String legalName, PayorType type, String parentOrganization,
                           List<EdiPayerId> ediPayerIds, String portalUrl, String notes) {
    public PayorProfile {
        ediPayerIds = ediPayerIds == null ? List.of() : List.copyOf(ediPayerIds);
    }
}
