package com.payorcontracts.x12.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real-world samples in shared/testdata/x12-835, with values read from the files by hand. */
class SampleRemittanceTest {

    @ParameterizedTest
    @ValueSource(strings = {TestData.BLUE_CROSS_NC, TestData.EMEDNY, TestData.UNITED_HEALTHCARE})
    void everySampleReadsAndBalances(String sample) {
        RemittanceAdvice advice = TestData.read(sample);

        assertThat(BalanceCheck.check(advice)).isEmpty();
        assertThat(advice.totalClaimPayments()).isEqualByComparingTo(advice.payment().totalActualPayment());
    }

    @Nested
    class BlueCrossNorthCarolina {

        private final RemittanceAdvice advice = TestData.read(TestData.BLUE_CROSS_NC);

        @Test
        void readsTheTransactionWithoutAnyEnvelope() {
            assertThat(advice.envelope().interchangeControlNumber()).isNull();
            assertThat(advice.envelope().groupControlNumber()).isNull();
            assertThat(advice.envelope().transactionControlNumber()).isEqualTo("1234");
        }

        @Test
        void readsPaymentTraceAndProductionDate() {
            assertThat(advice.payment().handlingCode()).isEqualTo("I");
            assertThat(advice.payment().totalActualPayment()).isEqualTo(new BigDecimal("1922.86"));
            assertThat(advice.payment().method()).isEqualTo("CHK");
            assertThat(advice.payment().date()).isEqualTo(LocalDate.of(2011, 1, 8));
            assertThat(advice.trace()).isEqualTo(new Trace("1", "02790758", "560894904", null));
            assertThat(advice.productionDate()).isEqualTo(LocalDate.of(2011, 1, 4));
            assertThat(advice.references()).containsExactly(new Reference("F2", "LCLA438D"));
        }

        @Test
        void readsPayerAndPayeeWithTheirIds() {
            assertThat(advice.payer().name()).isEqualTo("BLUE CROSS AND BLUE SHIELD OF NORTH CAROLINA");
            assertThat(advice.payee()).isEqualTo(new Party("PE", "XYZ HEALTHCARE CORPORATION", "XX", "0987654321",
                    List.of(new Reference("TJ", "123456789"))));
        }

        @Test
        void readsTheOneClaimWithItsAmounts() {
            assertThat(advice.claims()).hasSize(1);
            ClaimPayment claim = advice.claims().get(0);
            assertThat(claim.claimId()).isEqualTo("200200964A52");
            assertThat(claim.statusCode()).isEqualTo("1");
            assertThat(claim.charge()).isEqualTo(new BigDecimal("2100"));
            assertThat(claim.paid()).isEqualTo(new BigDecimal("1922.86"));
            assertThat(claim.patientResponsibility()).isEqualTo(new BigDecimal("142.54"));
            assertThat(claim.filingIndicator()).isEqualTo("15");
            assertThat(claim.payerClaimControlNumber()).isEqualTo("94151100100");
            assertThat(claim.headerNumber()).isEqualTo("1");
            assertThat(claim.dates().received()).isEqualTo(LocalDate.of(2011, 1, 3));
            assertThat(claim.lines()).hasSize(3);
        }

        @Test
        void readsTheUnbundledLineWithItsOriginalProcedureAndBothAdjustments() {
            ServiceLine line = advice.claims().get(0).lines().get(0);

            assertThat(line.position()).isEqualTo(18);
            assertThat(line.procedure()).isEqualTo(new Procedure("HC", "59430", List.of()));
            assertThat(line.originalProcedure()).isEqualTo(new Procedure("HC", "59410", List.of()));
            assertThat(line.charge()).isEqualTo(new BigDecimal("1210"));
            assertThat(line.paid()).isEqualTo(new BigDecimal("1057.86"));
            assertThat(line.units()).isEqualTo(new BigDecimal("1"));
            assertThat(line.serviceFrom()).isEqualTo(LocalDate.of(2010, 12, 31)).isEqualTo(line.serviceTo());
            assertThat(line.adjustments()).containsExactly(
                    new Adjustment(20, AdjustmentGroup.CO, "42", new BigDecimal("34.6"), null),
                    new Adjustment(21, AdjustmentGroup.PR, "2", new BigDecimal("117.54"), null));
            assertThat(line.amount("B6")).contains(new BigDecimal("1175.4"));
            assertThat(line.reference("6R")).contains("0001");
        }

        // SVC*HC:59426******742*742**1 has no charge or payment where the guide puts them (SVC02/SVC03),
        // and ten elements where SVC has seven. The claim totals (2100 = 1210 + 890, 1922.86 = 1057.86
        // + 865) never counted this line, so reading its money as zero is what keeps the claim whole.
        @Test
        void readsTheLineWithoutMoneyAsZeroAndWarnsAboutIt() {
            ServiceLine line = advice.claims().get(0).lines().get(2);

            assertThat(line.procedure().code()).isEqualTo("59426");
            assertThat(line.charge()).isZero();
            assertThat(line.paid()).isZero();
            assertThat(line.amount("B6")).contains(new BigDecimal("742"));
            assertThat(advice.warnings()).extracting(ReadWarning::toString).containsExactly(
                    "segment 28 (SVC): SVC has 10 elements where the 835 defines 7; the extra ones are ignored",
                    "segment 28 (SVC): SVC02 (line charge) is blank; read as 0",
                    "segment 28 (SVC): SVC03 (line paid) is blank; read as 0",
                    "segment 32 (SE): SE01 says 33 segments, the transaction has 32");
        }
    }

    @Nested
    class NewYorkMedicaid {

        private final RemittanceAdvice advice = TestData.read(TestData.EMEDNY);

        @Test
        void readsTheEnvelopeControlNumbers() {
            assertThat(advice.envelope()).isEqualTo(new Envelope("006000600", "EMEDNYBAT", "ETIN", "T", "6000600",
                    "005010X221A1", "1740", null));
        }

        @Test
        void readsPaymentAndTrace() {
            assertThat(advice.payment().totalActualPayment()).isEqualTo(new BigDecimal("45.75"));
            assertThat(advice.payment().method()).isEqualTo("ACH");
            assertThat(advice.payment().format()).isEqualTo("CCP");
            assertThat(advice.payment().date()).isEqualTo(LocalDate.of(2010, 1, 1));
            assertThat(advice.trace().number()).isEqualTo("10100000000");
            assertThat(advice.payee().id()).isEqualTo("9999999995");
        }

        @Test
        void readsThreeClaimsIncludingOneThatPaidNothing() {
            assertThat(advice.claims()).extracting(ClaimPayment::payerClaimControlNumber)
                    .containsExactly("1000210000000030", "1000220000000020", "1000230000000020");

            ClaimPayment unpaid = advice.claims().get(1);
            assertThat(unpaid.statusCode()).isEqualTo("2");
            assertThat(unpaid.charge()).isEqualTo(new BigDecimal("34"));
            assertThat(unpaid.paid()).isEqualTo(new BigDecimal("0"));
            assertThat(unpaid.filingIndicator()).isEqualTo("MC");
            assertThat(unpaid.facilityCode()).isEqualTo("11");
            assertThat(unpaid.lines()).flatExtracting(ServiceLine::adjustments).containsExactly(
                    new Adjustment(42, AdjustmentGroup.CO, "29", new BigDecimal("12"), null),
                    new Adjustment(45, AdjustmentGroup.CO, "29", new BigDecimal("22"), null));
        }

        @Test
        void readsProcedureModifiersAndUnits() {
            List<ServiceLine> lines = advice.claims().get(0).lines();

            assertThat(lines.get(0).procedure()).isEqualTo(new Procedure("HC", "V2020", List.of("RB")));
            assertThat(lines.get(3).procedure()).isEqualTo(new Procedure("HC", "S0580", List.of()));
            assertThat(lines.get(3).units()).isEqualTo(new BigDecimal("2"));
        }

        @Test
        void readsTheDeniedLineWithItsRemarkCode() {
            ServiceLine line = advice.claims().get(2).lines().get(2);

            assertThat(line.procedure()).isEqualTo(new Procedure("HC", "V2700", List.of("RB")));
            assertThat(line.paid()).isEqualTo(new BigDecimal("0"));
            assertThat(line.units()).isEqualTo(new BigDecimal("0"));
            assertThat(line.adjustments()).containsExactly(
                    new Adjustment(61, AdjustmentGroup.CO, "251", new BigDecimal("2.75"), null));
            assertThat(line.remarks()).containsExactly(new Remark("HE", "N206"));
        }

        @Test
        void readsStatementPeriodAndCoverageAmount() {
            ClaimPayment claim = advice.claims().get(0);

            assertThat(claim.dates().statementFrom()).isEqualTo(LocalDate.of(2010, 1, 1));
            assertThat(claim.dates().statementTo()).isEqualTo(LocalDate.of(2010, 1, 1));
            assertThat(claim.amount("AU")).contains(new BigDecimal("34.25"));
        }

        @Test
        void keepsOnlyTheEntityCodesOfPatientAndCorrectedPatient() {
            ClaimPayment claim = advice.claims().get(0);

            assertThat(claim.patientSegmentPresent()).isTrue();
            assertThat(claim.entities()).containsExactly(new ClaimEntity("QC", null, null),
                    new ClaimEntity("74", null, null));
            assertThat(claim.references()).as("REF*EA is a medical record number").isEmpty();
        }

        @Test
        void hasNothingToWarnAbout() {
            assertThat(advice.warnings()).isEmpty();
        }
    }

    @Nested
    class UnitedHealthcare {

        private final RemittanceAdvice advice = TestData.read(TestData.UNITED_HEALTHCARE);

        @Test
        void readsTheEnvelopeOfAProductionFile() {
            assertThat(advice.envelope().interchangeControlNumber()).isEqualTo("444444444");
            assertThat(advice.envelope().usageIndicator()).isEqualTo("P");
            assertThat(advice.envelope().transactionControlNumber()).isEqualTo("000000064");
        }

        @Test
        void readsPaymentTraceAndParties() {
            assertThat(advice.payment().totalActualPayment()).isEqualTo(new BigDecimal("349.99"));
            assertThat(advice.payment().date()).isEqualTo(LocalDate.of(2021, 2, 4));
            assertThat(advice.trace()).isEqualTo(new Trace("1", "1234567890", "1234567890", "000088888"));
            assertThat(advice.payer().idQualifier()).isEqualTo("XV");
            assertThat(advice.payer().id()).isEqualTo("87726");
            assertThat(advice.payer().reference("2U")).isEqualTo("87726");
            assertThat(advice.payee().name()).isEqualTo("KLAUS MEDICAL CENTER");
            assertThat(advice.payee().id()).isEqualTo("1922164458");
            assertThat(advice.payee().reference("TJ")).isEqualTo("333333333");
        }

        @Test
        void splitsProceduresOnTheGreaterThanComponentSeparator() {
            assertThat(advice.claims()).flatExtracting(ClaimPayment::lines)
                    .extracting(line -> line.procedure().code())
                    .containsExactly("B4152", "B4152", "B4154", "B4034", "B4154");
        }

        @Test
        void readsEveryAdjustmentOfACasWithTwoTriplets() {
            ClaimPayment claim = advice.claims().get(1);
            ServiceLine line = claim.lines().get(2);

            assertThat(claim.claimId()).isEqualTo("001-18604-358");
            assertThat(claim.charge()).isEqualTo(new BigDecimal("816.24"));
            assertThat(claim.paid()).isEqualTo(new BigDecimal("261.07"));
            assertThat(claim.patientResponsibility()).isEqualTo(new BigDecimal("115.13"));
            assertThat(line.units()).isEqualTo(new BigDecimal("178"));
            assertThat(line.adjustments()).containsExactly(
                    new Adjustment(59, AdjustmentGroup.PR, "2", new BigDecimal("5.13"), null),
                    new Adjustment(59, AdjustmentGroup.PR, "1", new BigDecimal("110"), null),
                    new Adjustment(60, AdjustmentGroup.CO, "45", new BigDecimal("184.32"), null));
            assertThat(line.amount("B6")).contains(new BigDecimal("144.18"));
        }

        @Test
        void readsClaimDatesAndNonPersonalReferences() {
            ClaimPayment claim = advice.claims().get(0);

            assertThat(claim.dates()).isEqualTo(new ClaimDates(LocalDate.of(2021, 1, 14),
                    LocalDate.of(2020, 12, 21), LocalDate.of(2021, 1, 13), null));
            assertThat(claim.references()).containsExactly(new Reference("1L", "12345"),
                    new Reference("CE", "ILLINOIS DEPARTMENT OF CMS"));
            assertThat(claim.facilityCode()).isEqualTo("12");
            assertThat(claim.frequencyCode()).isEqualTo("1");
        }

        @Test
        void hasNothingToWarnAbout() {
            assertThat(advice.warnings()).isEmpty();
        }
    }
}
