package com.payorcontracts.transparency.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.transparency.BillingCode;
import com.payorcontracts.transparency.NegotiatedRate;
import com.payorcontracts.transparency.NegotiatedType;
import com.payorcontracts.transparency.Provider;
import com.payorcontracts.transparency.Setting;
import com.payorcontracts.transparency.TicBillingClass;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which market rates a negotiated price becomes. */
class MarketRateExtractorTest {

    @ParameterizedTest(name = "{0} at [{1}] -> {2}")
    @CsvSource(delimiter = '|', value = {
        // 11 office is non-facility, 22 on-campus outpatient hospital is a facility (pricing's list)
        "PROFESSIONAL  | 11       | PROFESSIONAL/NON_FACILITY",
        "PROFESSIONAL  | 22       | PROFESSIONAL/FACILITY",
        "PROFESSIONAL  | 11 22    | PROFESSIONAL/FACILITY PROFESSIONAL/NON_FACILITY",
        "PROFESSIONAL  | -        | PROFESSIONAL/FACILITY PROFESSIONAL/NON_FACILITY",   // every place (CSTM-00)
        "INSTITUTIONAL | -        | FACILITY/FACILITY",
        "INSTITUTIONAL | 11       | FACILITY/FACILITY",                                 // a UB-04 bill is a facility's
        "BOTH          | 11       | PROFESSIONAL/NON_FACILITY FACILITY/FACILITY",
    })
    void aPriceCountsForEachClassAndSiteItCovers(TicBillingClass billingClass, String places, String keys) {
        List<String> pos = places.equals("-") ? List.of() : Arrays.asList(places.split(" "));
        List<MarketRate> rates = new MarketRateExtractor("A").extract(
                price("ffs", NegotiatedType.NEGOTIATED, billingClass, pos, List.of(provider("12-3456789"))));
        assertThat(rates).extracting(r -> r.key().billingClass() + "/" + r.key().site())
                .containsExactlyInAnyOrder(keys.split(" "));
    }

    @Test
    void percentagesPerDiemsBundlesAndCapitationsAreCountedAndLeftOut() {
        MarketRateExtractor extractor = new MarketRateExtractor("A");
        List<Provider> one = List.of(provider("12-3456789"));
        assertThat(extractor.extract(price("ffs", NegotiatedType.PERCENTAGE, TicBillingClass.PROFESSIONAL, List.of("11"), one))).isEmpty();
        assertThat(extractor.extract(price("ffs", NegotiatedType.PER_DIEM, TicBillingClass.INSTITUTIONAL, List.of(), one))).isEmpty();
        assertThat(extractor.extract(price("capitation", NegotiatedType.NEGOTIATED, TicBillingClass.PROFESSIONAL, List.of("11"), one))).isEmpty();
        assertThat(extractor.extract(price("bundle", NegotiatedType.NEGOTIATED, TicBillingClass.PROFESSIONAL, List.of("11"), one))).isEmpty();
        assertThat(extractor.notDollars()).isEqualTo(2);
        assertThat(extractor.notFeeForService()).isEqualTo(2);
        // derived and fee schedule are dollars too
        assertThat(extractor.extract(price("ffs", NegotiatedType.FEE_SCHEDULE, TicBillingClass.PROFESSIONAL, List.of("11"), one))).hasSize(1);
        assertThat(extractor.extract(price("ffs", NegotiatedType.DERIVED, TicBillingClass.PROFESSIONAL, List.of("11"), one))).hasSize(1);
    }

    @Test
    void aTinWrittenWithAndWithoutItsHyphenIsOneProviderAndModifiersJoin() {
        NegotiatedRate rate = new NegotiatedRate(new BillingCode("CPT", "27447"), "ffs", List.of(), NegotiatedType.NEGOTIATED,
                new BigDecimal("123.45"), TicBillingClass.PROFESSIONAL, Setting.INPATIENT, List.of("11"), List.of("AS", "26"),
                null, List.of(provider("12-3456789"), provider("123456789"), provider("98-7654321")));
        List<MarketRate> rates = new MarketRateExtractor("A").extract(rate);
        assertThat(rates).extracting(MarketRate::tin).containsExactly("123456789", "987654321");
        assertThat(rates.get(0).key()).isEqualTo(new BenchmarkKey("27447", BillingClass.PROFESSIONAL, Site.NON_FACILITY, "AS+26"));
    }

    private static NegotiatedRate price(String arrangement, NegotiatedType type, TicBillingClass billingClass,
            List<String> places, List<Provider> providers) {
        return new NegotiatedRate(new BillingCode("CPT", "99213"), arrangement, List.of(), type, new BigDecimal("80.00"),
                billingClass, Setting.OUTPATIENT, places, List.of(), null, providers);
    }

    private static Provider provider(String tin) {
        return new Provider("ein", tin, List.of(1234567890L));
    }
}
