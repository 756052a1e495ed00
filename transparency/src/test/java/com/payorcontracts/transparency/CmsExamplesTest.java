package com.payorcontracts.transparency;

import static com.payorcontracts.transparency.TestFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The six CMS in-network-rates examples, read in place, with counts and values read from the files by hand. */
class CmsExamplesTest {

    @Test
    void allNegotiatedTypesKeepsFiveCptItemsAndSkipsTheRevenueCode() {
        // 6 items: 99214, 97110, 0200 (RC), 80053, 27447, 99285. RC is skipped and counted.
        // Prices kept: 99214 1 + 97110 1 + 80053 1 + 27447 2 + 99285 2 = 7.
        var result = read(TestFiles.bytes(TestFiles.ALL_TYPES), ReadOptions.everything());
        ReadSummary summary = result.summary();
        assertThat(summary.itemsRead()).isEqualTo(6);
        assertThat(summary.itemsKept()).isEqualTo(5);
        assertThat(summary.skippedByCodeType()).isEqualTo(Map.of("RC", 1L));
        assertThat(summary.ratesEmitted()).isEqualTo(7);
        assertThat(result.rates()).hasSize(7);
        assertThat(summary.referencesAfterRates()).isFalse();
        assertThat(summary.header().planName()).isEqualTo("Plan D PPO");
        assertThat(summary.header().planId()).isEqualTo("4444444444");
        assertThat(summary.header().version()).isEqualTo("2.0.0");
    }

    @Test
    void aPercentageOfSixtyFiveIsSixtyFivePercentNotDollars() {
        var rate = read(TestFiles.bytes(TestFiles.ALL_TYPES), ReadOptions.everything()).forCode("97110").get(0);
        assertThat(rate.type()).isEqualTo(NegotiatedType.PERCENTAGE);
        assertThat(rate.type().unit()).isEqualTo(RateUnit.PERCENT);
        assertThat(rate.amount()).isEqualTo(new BigDecimal("65.0"));
        assertThat(rate.placesOfService()).containsExactly("11", "22");
        assertThat(rate.expiration()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void everyNegotiatedTypeKeepsItsUnit() {
        var result = read(TestFiles.bytes(TestFiles.ALL_TYPES), ReadOptions.everything());
        // 99214 negotiated 150.00; 80053 derived 45.00; 27447 fee schedule 8500.00 + negotiated 12000.00;
        // 99285 percentage 75.5 (professional, POS 23) + negotiated 2500.00 (institutional, every place).
        assertThat(result.forCode("99214")).extracting(NegotiatedRate::type, NegotiatedRate::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NegotiatedType.NEGOTIATED, new BigDecimal("150.00")));
        assertThat(result.forCode("80053").get(0).type()).isEqualTo(NegotiatedType.DERIVED);
        assertThat(result.forCode("27447")).extracting(NegotiatedRate::type, NegotiatedRate::amount, NegotiatedRate::billingClass)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(NegotiatedType.FEE_SCHEDULE, new BigDecimal("8500.00"), TicBillingClass.PROFESSIONAL),
                        org.assertj.core.groups.Tuple.tuple(NegotiatedType.NEGOTIATED, new BigDecimal("12000.00"), TicBillingClass.INSTITUTIONAL));
        List<NegotiatedRate> er = result.forCode("99285");
        assertThat(er.get(0).type()).isEqualTo(NegotiatedType.PERCENTAGE);
        assertThat(er.get(0).amount()).isEqualTo(new BigDecimal("75.5"));
        assertThat(er.get(1).everyPlaceOfService()).isTrue();
        assertThat(er.get(1).setting()).isEqualTo(Setting.OUTPATIENT);
    }

    @Test
    void providerReferencesResolveToEveryGroupTheyName() {
        var result = read(TestFiles.bytes(TestFiles.ALL_TYPES), ReadOptions.everything());
        // 99214 uses reference 1: TIN 12-3456789 (3 NPIs) and TIN 23-4567890 (1 NPI).
        assertThat(result.forCode("99214").get(0).providers()).extracting(Provider::tin, p -> p.npis().size())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("12-3456789", 3), org.assertj.core.groups.Tuple.tuple("23-4567890", 1));
        // 27447 uses references 1 and 2: those two groups and TIN 34-5678901.
        assertThat(result.forCode("27447").get(0).providers()).extracting(Provider::tin)
                .containsExactly("12-3456789", "23-4567890", "34-5678901");
    }

    @Test
    void aCodeSetKeepsOnlyItsCodesAndCountsTheRest() {
        // Asked for 99214, 27447 and 0200: 0200 is RC (skipped by type), 97110, 80053, 99285 are outside the set.
        // Prices: 99214 1 + 27447 2 = 3.
        var result = read(TestFiles.bytes(TestFiles.ALL_TYPES), ReadOptions.codes(Set.of("99214", "27447", "0200")));
        assertThat(result.summary().itemsKept()).isEqualTo(2);
        assertThat(result.summary().itemsOutsideCodeSet()).isEqualTo(3);
        assertThat(result.summary().skippedByCodeType()).isEqualTo(Map.of("RC", 1L));
        assertThat(result.rates()).extracting(r -> r.code().code()).containsExactly("99214", "27447", "27447");
    }

    @Test
    void aMarketScopeByTinKeepsOnlyThatTinsRates() {
        // Scope TIN 34-5678901 (written without its hyphen): only reference 2 has it.
        // 99214, 97110, 80053 use reference 1 only: 3 prices outside the scope.
        // 27447 (refs 1 and 2): 2 prices, provider City General only; 99285 (ref 2): 2 prices. Kept 4.
        var options = new ReadOptions(Set.of(), new MarketScope(Set.of("345678901"), Set.of()), null);
        var result = read(TestFiles.bytes(TestFiles.ALL_TYPES), options);
        assertThat(result.summary().ratesEmitted()).isEqualTo(4);
        assertThat(result.summary().pricesOutsideScope()).isEqualTo(3);
        assertThat(result.rates()).allSatisfy(r -> assertThat(r.providers()).extracting(Provider::tin).containsExactly("34-5678901"));
    }

    @Test
    void aMarketScopeByNpiKeepsTheWholeGroupOfThatNpi() {
        // NPI 4567890123 is in reference 1's second group (TIN 23-4567890); reference 2 has no such NPI.
        // Reference 1 is used by 99214, 97110, 80053 (1 price each) and 27447 (2 prices): 5 kept; 99285 (2) outside.
        var options = new ReadOptions(Set.of(), new MarketScope(Set.of(), Set.of(4567890123L)), null);
        var result = read(TestFiles.bytes(TestFiles.ALL_TYPES), options);
        assertThat(result.summary().ratesEmitted()).isEqualTo(5);
        assertThat(result.summary().pricesOutsideScope()).isEqualTo(2);
        assertThat(result.rates().get(0).providers()).extracting(Provider::tin).containsExactly("23-4567890");
    }

    @Test
    void aBundleUnderAnIcdCodeIsCountedAndSkipped() {
        // One item, billing_code_type ICD 81.54 (a bundle of CPT 27447 and 27446): not a CPT/HCPCS price.
        var result = read(TestFiles.bytes(TestFiles.BUNDLE), ReadOptions.everything());
        assertThat(result.summary().itemsRead()).isEqualTo(1);
        assertThat(result.summary().skippedByCodeType()).isEqualTo(Map.of("ICD", 1L));
        assertThat(result.rates()).isEmpty();
    }

    @Test
    void aCapitationKeepsItsArrangementAndCoveredServices() {
        // CPT 27447 under capitation covering 27447 and 27446; two rates of reference 1 (2 TINs each):
        // 20000.0 institutional (every place), 25000.0 professional at POS 05, 06, 07.
        var result = read(TestFiles.bytes(TestFiles.CAPITATION), ReadOptions.everything());
        assertThat(result.rates()).hasSize(2);
        NegotiatedRate first = result.rates().get(0);
        assertThat(first.arrangement()).isEqualTo("capitation");
        assertThat(first.feeForService()).isFalse();
        assertThat(first.bundledCodes()).extracting(BillingCode::code).containsExactly("27447", "27446");
        assertThat(first.amount()).isEqualTo(new BigDecimal("20000.0"));
        assertThat(first.everyPlaceOfService()).isTrue();
        assertThat(first.providers()).extracting(Provider::tin).containsExactly("11-1111111", "22-2222222");
        assertThat(result.rates().get(1).placesOfService()).containsExactly("05", "06", "07");
        assertThat(first.expiration()).isEqualTo(LocalDate.of(2022, 1, 1));
    }

    @Test
    void feeForServiceKeepsModifiersAndReadsCstm00AsEveryPlace() {
        // 27447: 123.45 professional AS at 18/19/11, 1230.45 institutional, 120.45 professional at 05/06/07;
        // 27448: 12003.45 professional at CSTM-00 (every place), 12.45 institutional at 18/19/11. 5 prices.
        var result = read(TestFiles.bytes(TestFiles.FEE_FOR_SERVICE), ReadOptions.everything());
        assertThat(result.summary().itemsKept()).isEqualTo(2);
        assertThat(result.rates()).extracting(NegotiatedRate::amount).containsExactly(
                new BigDecimal("123.45"), new BigDecimal("1230.45"), new BigDecimal("120.45"),
                new BigDecimal("12003.45"), new BigDecimal("12.45"));
        assertThat(result.rates().get(0).modifiers()).containsExactly("AS");
        assertThat(result.rates().get(1).modifiers()).isEmpty();
        assertThat(result.forCode("27448").get(0).everyPlaceOfService()).isTrue();
        assertThat(result.forCode("27448").get(1).placesOfService()).containsExactly("18", "19", "11");
    }

    @Test
    void aFileWithoutPlanFieldsStillReadsAndKeepsBillingClassBoth() {
        // No plan_name at the top level; 27447 has 4 prices (the fourth derived 120.45 for "both"), 27448 has 2.
        var result = read(TestFiles.bytes(TestFiles.MULTIPLE_PLANS), ReadOptions.everything());
        assertThat(result.summary().header().planName()).isNull();
        assertThat(result.summary().header().reportingEntityName()).isEqualTo("cms");
        assertThat(result.rates()).hasSize(6);
        NegotiatedRate both = result.forCode("27447").get(3);
        assertThat(both.billingClass()).isEqualTo(TicBillingClass.BOTH);
        assertThat(both.type()).isEqualTo(NegotiatedType.DERIVED);
        assertThat(both.amount()).isEqualTo(new BigDecimal("120.45"));
    }

    @Test
    void aProviderIdentifiedByNpiAsTinKeepsThatNpi() {
        // One group: tin type npi 1234567890, npi [1111111111]; one price 123.45 institutional.
        var result = read(TestFiles.bytes(TestFiles.NO_NPI), ReadOptions.everything());
        assertThat(result.rates()).hasSize(1);
        Provider provider = result.rates().get(0).providers().get(0);
        assertThat(provider.tinType()).isEqualTo("npi");
        assertThat(provider.tin()).isEqualTo("1234567890");
        assertThat(provider.npis()).containsExactly(1111111111L);
        assertThat(provider.tinOnly()).isFalse();
    }

    @Test
    void aGzipFileReadsLikeThePlainOne() {
        byte[] plain = TestFiles.bytes(TestFiles.FEE_FOR_SERVICE);
        var fromGzip = read(TestFiles.gzip(plain), ReadOptions.everything());
        assertThat(fromGzip.rates()).isEqualTo(read(plain, ReadOptions.everything()).rates());
    }
}
