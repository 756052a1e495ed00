package com.payorcontracts.contract.service;

import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.FeeScheduleLine;

/** The identity of a fee-schedule line within one version: code, modifier, billing class, place of service. */
public record LineKey(String code, String modifier, BillingClass billingClass, String placeOfService) {

    public static LineKey of(FeeScheduleLine line) {
        return new LineKey(line.code(), line.modifier(), line.billingClass(), line.placeOfService());
    }

    @Override
    public String toString() {
        return code + (modifier == null ? "" : "-" + modifier) + (placeOfService == null ? "" : " POS " + placeOfService)
                + (billingClass == null ? "" : " " + billingClass);
    }
}
