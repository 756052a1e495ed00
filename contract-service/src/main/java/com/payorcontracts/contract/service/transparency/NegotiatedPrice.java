package com.payorcontracts.contract.service.transparency;

import java.math.BigDecimal;
import java.util.List;

/**
 * One {@code negotiated_price}: a rate and where it applies.
 *
 * @param rate dollars, or a percentage (65.00 means 65%) for {@link NegotiatedType#PERCENTAGE}; scale 2, above zero
 * @param billingClass "professional" or "institutional"
 * @param serviceCodes places of service ascending, or ["CSTM-00"] for all; null to leave the field out
 * @param modifier the one billing code modifier the rate depends on; null for none
 * @param additionalInformation how a percentage is to be read; null for none
 */
record NegotiatedPrice(
        NegotiatedType type,
        BigDecimal rate,
        String billingClass,
        Setting setting,
        List<String> serviceCodes,
        String modifier,
        String additionalInformation) {

    /** The schema's {@code negotiated_type} values this exporter uses. */
    enum NegotiatedType {
        NEGOTIATED("negotiated"),
        FEE_SCHEDULE("fee schedule"),
        PERCENTAGE("percentage"),
        PER_DIEM("per diem");

        final String json;

        NegotiatedType(String json) {
            this.json = json;
        }
    }

    /** The schema's {@code setting}. */
    enum Setting {
        INPATIENT("inpatient"),
        OUTPATIENT("outpatient"),
        BOTH("both");

        final String json;

        Setting(String json) {
            this.json = json;
        }
    }
}
