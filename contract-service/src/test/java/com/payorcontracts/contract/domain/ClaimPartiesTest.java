package com.payorcontracts.contract.domain;

import com.payorcontracts.pricing.BillingClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whether a contract applies to a claim, by provider, class, line of business, date and status. */
class ClaimPartiesTest {

    // An ASC (TIN 123456789, facility NPI 1245319599, group NPI 1234567893) for PPO and HMO, 2026-2027.
    private static Contract asc(ContractStatus status) {
        Contract contract = new Contract(UUID.randomUUID(), Instant.parse("2026-01-01T00:00:00Z"));
        contract.status = status;
        contract.effectiveDate = LocalDate.parse("2026-01-01");
        contract.expirationDate = LocalDate.parse("2027-12-31");
        contract.provider = new ProviderEntity("Riverbend ASC", "123456789", "1234567893", "1245319599", BillingClass.FACILITY);
        contract.linesOfBusiness = List.of("PPO", "HMO");
        return contract;
    }

    @ParameterizedTest(name = "TIN {0} NPI {1} {2} {3} on {4}, contract {5}: {6}")
    @CsvSource(nullValues = "-", value = {
            "123456789, -,          FACILITY,     PPO,      2026-05-01, ACTIVE,      true",
            "-,         1245319599, FACILITY,     -,        2026-05-01, ACTIVE,      true",
            // the group NPI names the contract as well
            "-,         1234567893, FACILITY,     -,        2026-05-01, ACTIVE,      true",
            "123456789, 1245319599, FACILITY,     HMO,      2027-12-31, ACTIVE,      true",
            // a claim older than the expiry of an EXPIRED contract is still priced under it
            "123456789, -,          FACILITY,     -,        2026-05-01, EXPIRED,     true",
            "987654321, -,          FACILITY,     -,        2026-05-01, ACTIVE,      false",
            "123456789, 1184629384, FACILITY,     -,        2026-05-01, ACTIVE,      false",
            "123456789, -,          PROFESSIONAL, -,        2026-05-01, ACTIVE,      false",
            "123456789, -,          FACILITY,     MEDICAID, 2026-05-01, ACTIVE,      false",
            "123456789, -,          FACILITY,     -,        2028-01-01, ACTIVE,      false",
            "123456789, -,          FACILITY,     -,        2025-12-31, ACTIVE,      false",
            "123456789, -,          FACILITY,     -,        2026-05-01, NEGOTIATING, false",
            "123456789, -,          FACILITY,     -,        2026-05-01, TERMINATED,  false",
            "123456789, -,          FACILITY,     -,        2026-05-01, DRAFT,       false"})
    void appliesOnlyToTheProvidersContractInForceForTheClaim(String tin, String npi, BillingClass billingClass,
                                                            String lineOfBusiness, LocalDate date, ContractStatus status,
                                                            boolean applies) {
        ClaimParties claim = new ClaimParties(tin, npi, billingClass, lineOfBusiness, date);

        assertThat(claim.appliesTo(asc(status))).isEqualTo(applies);
    }

    @Test
    void coversEveryLineOfBusinessWhenTheContractListsNoneButNeverAContractWithoutProvider() {
        Contract anyLine = asc(ContractStatus.ACTIVE);
        anyLine.linesOfBusiness = List.of();
        Contract noProvider = asc(ContractStatus.ACTIVE);
        noProvider.provider = null;
        ClaimParties medicaid = new ClaimParties("123456789", null, BillingClass.FACILITY, "MEDICAID", LocalDate.parse("2026-05-01"));

        assertThat(medicaid.appliesTo(anyLine)).isTrue();
        assertThat(medicaid.appliesTo(noProvider)).isFalse();
        assertThatThrownBy(() -> new ClaimParties(null, null, BillingClass.FACILITY, null, LocalDate.parse("2026-05-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
