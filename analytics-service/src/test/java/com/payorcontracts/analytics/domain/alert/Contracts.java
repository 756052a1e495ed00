package com.payorcontracts.analytics.domain.alert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Contract facts for the rule tables: ACTIVE 2026-01-01..2026-12-31, 90 days' renewal and 60 days' termination notice. */
final class Contracts {

    static final UUID CONTRACT = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    static final UUID PAYOR = UUID.fromString("00000000-0000-0000-0000-00000000a001");

    private Contracts() {
    }

    static ContractFacts active(LocalDate expiration, boolean autoRenew) {
        return contract("ACTIVE", expiration, autoRenew, 90, 60, List.of());
    }

    static ContractFacts contract(String status, LocalDate expiration, boolean autoRenew, Integer renewalNoticeDays,
                                  Integer terminationNoticeDays, List<ContractFacts.EscalatorSpan> escalators) {
        return new ContractFacts(CONTRACT, PAYOR, "Spine 2026", status, LocalDate.parse("2026-01-01"), expiration,
                autoRenew, renewalNoticeDays, terminationNoticeDays, 30, new BigDecimal("12"), 60, escalators);
    }
}
