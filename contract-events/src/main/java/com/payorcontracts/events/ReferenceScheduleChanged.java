package com.payorcontracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A reference fee schedule (for example a Medicare physician fee schedule for one year and
 * locality) was imported or replaced. Published on {@code reference-schedule-changed}, keyed by
 * schedule id, with every row, so consumers can price PERCENT_OF_MEDICARE lines on their own.
 */
public final class ReferenceScheduleChanged {

    /** The CloudEvents {@code type} of version 1. */
    public static final String TYPE_V1 = "com.payorcontracts.reference-schedule.changed.v1";

    private ReferenceScheduleChanged() {
    }

    /**
     * @param version grows by one with each import of the same schedule
     */
    public record V1(UUID eventId, UUID scheduleId, long version, Instant occurredAt, String name, int year,
                     String locality, List<Row> rows) {
        public V1 {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(scheduleId, "scheduleId");
            rows = rows == null ? List.of() : List.copyOf(rows);
        }
    }

    /** Amounts of one code and modifier (null modifier: the global fee), in USD, scale 2. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(String code, String modifier, BigDecimal facilityAmount, BigDecimal nonFacilityAmount) {
    }
}
