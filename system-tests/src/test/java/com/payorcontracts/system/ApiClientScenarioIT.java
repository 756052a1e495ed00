package com.payorcontracts.system;

import com.payorcontracts.client.ApiClient;
import com.payorcontracts.client.api.AnalyticsApi;
import com.payorcontracts.client.api.AnalyticsClaimsApi;
import com.payorcontracts.client.api.AnalyticsRemittancesApi;
import com.payorcontracts.client.api.AnalyticsUnderpaymentsApi;
import com.payorcontracts.client.api.ContractsApi;
import com.payorcontracts.client.api.PayorsApi;
import com.payorcontracts.client.model.AdjustmentIn;
import com.payorcontracts.client.model.ClaimIn;
import com.payorcontracts.client.model.ClaimInput;
import com.payorcontracts.client.model.ClaimInputLine;
import com.payorcontracts.client.model.ClaimView;
import com.payorcontracts.client.model.ContractRequest;
import com.payorcontracts.client.model.ContractResponse;
import com.payorcontracts.client.model.ContractStatus;
import com.payorcontracts.client.model.ImportResult;
import com.payorcontracts.client.model.LineIn;
import com.payorcontracts.client.model.PayorRequest;
import com.payorcontracts.client.model.PayorResponse;
import com.payorcontracts.client.model.PayorType;
import com.payorcontracts.client.model.QuoteLine;
import com.payorcontracts.client.model.QuoteRequest;
import com.payorcontracts.client.model.QuoteResponse;
import com.payorcontracts.client.model.RemittanceInput;
import com.payorcontracts.client.model.RemittanceView;
import com.payorcontracts.client.model.StatusRequest;
import com.payorcontracts.client.model.Underpayment;
import com.payorcontracts.testing.TestJwt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Java client generated from docs/openapi.json, against the running stack through the gateway,
 * each step with the role that does it in practice: a contract manager sets up a payor and an active
 * contract whose fee schedule is a CSV upload and quotes a claim line; the billing system posts the
 * claim and the payer's remittance, which pays less than the contract says; an analyst finds the
 * underpayment, to the cent. If the document misdescribed any of these calls, the client would fail.
 */
@ExtendWith(Stack.class)
class ApiClientScenarioIT {

    private static final LocalDate SERVICE_DATE = LocalDate.parse("2026-03-02");
    private static final BigDecimal CONTRACTED = new BigDecimal("698.00");
    private static final BigDecimal PAID = new BigDecimal("668.00");

    private static ApiClient api(String... roles) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + Stack.GATEWAY_PORT);
        String token = TestJwt.forRoles(roles);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void aRemittanceBelowTheContractedRateBecomesAnUnderpaymentOfTheDifference() throws Exception {
        ApiClient contractManager = api("contract-manager");
        ContractsApi contracts = new ContractsApi(contractManager);

        PayorResponse payor = new PayorsApi(contractManager).createPayor(
                new PayorRequest().name("Summit Ridge Health " + UUID.randomUUID()).type(PayorType.COMMERCIAL), null);
        ContractResponse contract = contracts.createContract(new ContractRequest().payorId(payor.getId())
                .name("Summit Ridge pain management 2026")
                .effectiveDate(LocalDate.parse("2026-01-01")).expirationDate(LocalDate.parse("2027-12-31")), null);
        ImportResult imported = contracts.importFeeSchedule(contract.getId(), """
                code,modifier,billing_class,place_of_service,method,amount,percent,bundled_codes,mpr_eligible
                62323,,,,FIXED,612.40,,,
                64483,,,,FIXED,698.00,,,
                """, "W/\"" + contract.getVersion() + "\"");
        assertThat(imported.getLines()).isEqualTo(2);
        // Each change names the version it was made on (If-Match): the import moved it on by one, each move too.
        contracts.changeContractStatus(contract.getId(), new StatusRequest().status(ContractStatus.NEGOTIATING).reason("terms sent"),
                "W/\"" + (contract.getVersion() + 1) + "\"");
        ContractResponse active = contracts.changeContractStatus(contract.getId(),
                new StatusRequest().status(ContractStatus.ACTIVE).reason("signed by both parties"), "*");
        assertThat(active.getStatus()).isEqualTo(ContractStatus.ACTIVE);

        QuoteResponse quote = contracts.quoteClaim(contract.getId(), new QuoteRequest().dateOfService(SERVICE_DATE)
                .lines(List.of(new QuoteLine().code("64483").units(1).billedCharge(new BigDecimal("2400.00")))));
        assertThat(quote.getTotalExpected()).isEqualTo(CONTRACTED);
        assertThat(quote.getLines().get(0).getMatchedLine()).isEqualTo("64483");

        // Analytics learns of the contract from contract-service's events; a claim is matched once it is ACTIVE there.
        AnalyticsApi analytics = new AnalyticsApi(contractManager);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().untilAsserted(() ->
                assertThat(analytics.getProjectedContract(contract.getId()).getStatus()).isEqualTo("ACTIVE"));

        ApiClient billing = api("billing-integration");
        String claimId = "PCN-" + UUID.randomUUID();
        ClaimView claim = new AnalyticsClaimsApi(billing).postClaim(new ClaimInput().claimId(claimId).payorId(payor.getId())
                .patientId("MRN-4471").submissionDate(SERVICE_DATE.plusDays(1))
                .lines(List.of(new ClaimInputLine().code("64483").units(1).dateOfService(SERVICE_DATE)
                        .billedCharge(new BigDecimal("2400.00")))), null);
        assertThat(claim.getContractId()).isEqualTo(contract.getId());
        assertThat(claim.getLines().get(0).getExpected()).isEqualTo(CONTRACTED);

        RemittanceView remittance = new AnalyticsRemittancesApi(billing).postRemittance(new RemittanceInput()
                .payorId(payor.getId()).payerName("Summit Ridge Health").payerId("SRH01")
                .traceNumber("EFT-" + UUID.randomUUID()).paymentDate(LocalDate.parse("2026-03-20"))
                .claims(List.of(new ClaimIn().claimId(claimId).payerClaimId("SRH-" + claimId).status("1")
                        .charge(new BigDecimal("2400.00")).paid(PAID).receivedDate(SERVICE_DATE.plusDays(1))
                        .lines(List.of(new LineIn().code("64483").charge(new BigDecimal("2400.00")).paid(PAID)
                                .dateOfService(SERVICE_DATE)
                                .adjustments(List.of(new AdjustmentIn().group("CO").reason("45").amount(new BigDecimal("1732.00")))))))),
                null, null, null);
        assertThat(remittance.getId()).isNotNull();

        AnalyticsUnderpaymentsApi underpayments = new AnalyticsUnderpaymentsApi(api("analyst"));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(underpayments.listUnderpayments(null, null, contract.getId(), null, null, null, payor.getId(), null, null, null, null)
                        .getTotalItems()).isEqualTo(1L));
        Underpayment underpayment = underpayments.listUnderpayments(null, null, contract.getId(), null, null, null, payor.getId(),
                null, null, null, null).getItems().get(0);
        assertThat(underpayment.getClaimRef()).isEqualTo(claimId);
        assertThat(underpayment.getCode()).isEqualTo("64483");
        assertThat(underpayment.getDateOfService()).isEqualTo(SERVICE_DATE);
        assertThat(underpayment.getExpected()).isEqualTo(quote.getTotalExpected()).isEqualTo(CONTRACTED);
        assertThat(underpayment.getPaid()).isEqualTo(PAID);
        assertThat(underpayment.getVariance()).isEqualTo(new BigDecimal("-30.00"));
    }
}
