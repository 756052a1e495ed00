package com.payorcontracts.contract;

import java.util.UUID;

/** Request bodies shared by the tests. */
public final class ContractJson {

    private ContractJson() {
    }

    /** A contract for 2026-01-01 to 2028-12-31 with the given fee-schedule JSON array. */
    public static String contract(UUID payorId, String name, String feeSchedule) {
        return """
                {"payorId":"%s","name":"%s","effectiveDate":"2026-01-01","expirationDate":"2028-12-31",
                 "feeSchedule":%s}""".formatted(payorId, name, feeSchedule);
    }
}
