package com.payorcontracts.events;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    private final ContractChanged.V1 event = new ContractChanged.V1(UUID.randomUUID(), UUID.randomUUID(), 3,
            Instant.parse("2026-01-02T03:04:05Z"), ContractChanged.ChangeKind.UPDATED,
            new ContractChanged.ContractTerms(UUID.randomUUID(), "Spine 2026", "DRAFT",
                    LocalDate.parse("2026-01-01"), LocalDate.parse("2028-12-31"), null, List.of("PPO"), null, null,
                    List.of(new ContractChanged.RateTerms(LocalDate.parse("2026-01-01"), "BASE", null, null,
                            List.of(ContractChanged.FeeScheduleLine.fixed("62323", null, new BigDecimal("612.40"))),
                            new ContractChanged.DefaultRule("NOT_COVERED", null), null, null, null, false, null, null),
                            new ContractChanged.RateTerms(LocalDate.parse("2027-01-01"), "2027 rates", UUID.randomUUID(), null,
                            List.of(ContractChanged.FeeScheduleLine.fixed("62323", null, new BigDecimal("650.00"))),
                            new ContractChanged.DefaultRule("PERCENT_OF_CHARGES", new BigDecimal("45")), null, null, null, true, null, new BigDecimal("80")))));

    @Test
    void roundTripsEveryFieldIncludingDecimalScale() {
        ContractChanged.V1 back = EventCodec.decode(EventCodec.encode(event), ContractChanged.V1.class);

        assertThat(back).isEqualTo(event);
        assertThat(back.contract().rateVersions().get(0).feeSchedule().get(0).amount().scale()).isEqualTo(2);
    }

    @Test
    void findsTheRateTermsInForceOnADate() {
        assertThat(event.contract().ratesAsOf(LocalDate.parse("2025-12-31"))).isNull();
        assertThat(event.contract().ratesAsOf(LocalDate.parse("2026-06-30")).source()).isEqualTo("BASE");
        assertThat(event.contract().ratesAsOf(LocalDate.parse("2027-01-01")).source()).isEqualTo("2027 rates");
    }

    @Test
    void writesDatesAsIsoStrings() {
        String json = new String(EventCodec.encode(event), StandardCharsets.UTF_8);

        assertThat(json).contains("\"effectiveDate\":\"2026-01-01\"").contains("\"occurredAt\":\"2026-01-02T03:04:05Z\"");
    }

    @Test
    void ignoresFieldsAddedByNewerProducers() {
        String json = new String(EventCodec.encode(event), StandardCharsets.UTF_8).replaceFirst("\\{", "{\"addedLater\":1,");

        assertThat(EventCodec.decode(json.getBytes(StandardCharsets.UTF_8), ContractChanged.V1.class)).isEqualTo(event);
    }

    @Test
    void readsAnEventWrittenBeforeLesserOfHadAPercentage() {
        String json = new String(EventCodec.encode(event), StandardCharsets.UTF_8).replace(",\"lesserOfPercent\":80", "");

        ContractChanged.RateTerms rates = EventCodec.decode(json.getBytes(StandardCharsets.UTF_8), ContractChanged.V1.class)
                .contract().rateVersions().get(1);
        assertThat(json).doesNotContain("lesserOfPercent");
        assertThat(rates.lesserOf()).isTrue();
        assertThat(rates.lesserOfPercent()).isNull();
        assertThat(rates.feeSchedule().get(0).lesserOfPercent()).isNull();
    }

    @Test
    void rejectsAPayloadThatIsNotTheEvent() {
        assertThatThrownBy(() -> EventCodec.decode("{\"eventId\":\"x\"}".getBytes(StandardCharsets.UTF_8), ContractChanged.V1.class))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void refusesAVersionBelowOne() {
        assertThatThrownBy(() -> new ContractChanged.V1(UUID.randomUUID(), UUID.randomUUID(), 0, Instant.now(),
                ContractChanged.ChangeKind.CREATED, event.contract()))
                .hasMessageContaining("version");
    }
}
