package com.payorcontracts.pricing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InMemoryReferenceFeeScheduleTest {

    private final InMemoryReferenceFeeSchedule schedule = InMemoryReferenceFeeSchedule.builder()
            .put("63030", null, new BigDecimal("1023.40"), null)
            .put("64483", null, new BigDecimal("201.35"), new BigDecimal("412.80"))
            .put("64483", "26", new BigDecimal("95.10"), new BigDecimal("95.10"))
            .build();

    @Test
    void givesTheFeeOfTheSettingAsked() {
        assertEquals(Optional.of(new BigDecimal("201.35")), schedule.amount("64483", null, true));
        assertEquals(Optional.of(new BigDecimal("412.80")), schedule.amount("64483", null, false));
    }

    @Test
    void hasNoOfficeFeeForAFacilityOnlyCode() {
        assertEquals(Optional.of(new BigDecimal("1023.40")), schedule.amount("63030", null, true));
        assertEquals(Optional.empty(), schedule.amount("63030", null, false));
    }

    @Test
    void usesTheModifiersOwnRowAndFallsBackToTheBaseRowForOthers() {
        assertEquals(Optional.of(new BigDecimal("95.10")), schedule.amount("64483", "26", false));
        assertEquals(Optional.of(new BigDecimal("412.80")), schedule.amount("64483", "RT", false));
    }

    @Test
    void refusesARowWithNoFeeAtAll() {
        assertThrows(IllegalArgumentException.class,
                () -> InMemoryReferenceFeeSchedule.builder().put("64483", null, null, null));
    }
}
