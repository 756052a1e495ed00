package com.payorcontracts.contract.service.transparency;

import java.util.List;

/**
 * One {@code in_network} entry: a code under one arrangement, with the prices the provider
 * group is paid for it.
 *
 * @param bundledCodes the codes a case rate covers, ascending; empty for fee-for-service
 * @param prices never empty
 */
record InNetworkItem(
        String billingCode,
        BillingCodeType billingCodeType,
        Arrangement arrangement,
        List<String> bundledCodes,
        List<NegotiatedPrice> prices) {

    /** The schema's {@code negotiation_arrangement}. */
    enum Arrangement {
        FFS("ffs"),
        BUNDLE("bundle");

        final String json;

        Arrangement(String json) {
            this.json = json;
        }
    }
}
