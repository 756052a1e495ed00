package com.payorcontracts.contract.service;

import com.payorcontracts.contract.config.TopicsConfig;
import com.payorcontracts.contract.domain.ReferenceRow;
import com.payorcontracts.contract.domain.ReferenceSchedule;
import com.payorcontracts.contract.repository.ReferenceScheduleRepository;
import com.payorcontracts.events.EventCodec;
import com.payorcontracts.events.ReferenceScheduleChanged;
import com.payorcontracts.platform.audit.AuditEvent;
import com.payorcontracts.platform.audit.AuditTrail;
import com.payorcontracts.platform.messaging.Outbox;
import com.payorcontracts.platform.messaging.OutboxMessage;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reference fee schedules: imported whole (a re-import of the same name, year and locality
 * replaces the rows and bumps the version) and published as reference-schedule-changed.
 */
@ApplicationScoped
public class ReferenceScheduleService {

    /** The resource type of a reference schedule's audit trail. */
    static final String AUDITED = "reference-fee-schedule";

    private final ReferenceScheduleRepository schedules;
    private final Outbox outbox;
    private final TopicsConfig topics;
    private final AuditTrail audit;
    private final Clock clock;

    ReferenceScheduleService(ReferenceScheduleRepository schedules, Outbox outbox, TopicsConfig topics, AuditTrail audit,
                             Clock clock) {
        this.schedules = schedules;
        this.outbox = outbox;
        this.topics = topics;
        this.audit = audit;
        this.clock = clock;
    }

    /** Imports the rows; returns the schedule and whether it was new. */
    @Transactional
    public Imported importRows(String name, int year, String locality, List<ReferenceRow> rows) {
        Instant now = Instant.now(clock);
        ReferenceSchedule schedule = schedules.byKey(name, year, locality).orElse(null);
        boolean created = schedule == null;
        int rowsBefore = created ? 0 : schedule.rowCount;
        if (created) {
            schedule = new ReferenceSchedule(name, year, locality);
        }
        schedule.version++;
        schedule.rowCount = rows.size();
        schedule.importedAt = now;
        if (created) {
            schedules.persist(schedule);
        }
        schedules.replaceRows(schedule.id, rows);
        ReferenceScheduleChanged.V1 event = new ReferenceScheduleChanged.V1(UUID.randomUUID(), schedule.id, schedule.version,
                now, name, year, locality, rows.stream()
                .map(r -> new ReferenceScheduleChanged.Row(r.code(), r.modifier(), r.facilityAmount(), r.nonFacilityAmount()))
                .toList());
        outbox.append(new OutboxMessage(event.eventId(), topics.referenceScheduleChanged(), schedule.id.toString(),
                ReferenceScheduleChanged.TYPE_V1, EventCodec.encode(event), Map.of()), now);
        audit.summarized(AUDITED, schedule.id, created ? "imported" : "reimported",
                Map.of("name", name, "year", year, "locality", locality, "version", schedule.version,
                        "rowsBefore", rowsBefore, "rowsAfter", rows.size()));
        return new Imported(schedule, created);
    }

    /** The schedule's audit trail, newest first: every import of it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<AuditEvent> audit(UUID id, PageRequest page) {
        get(id);
        return audit.page(AUDITED, id, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReferenceSchedule get(UUID id) {
        return schedules.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("reference schedule", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReferenceRow> rows(UUID id) {
        get(id);
        return schedules.rows(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> PageResponse<T> list(PageRequest page, Function<ReferenceSchedule, T> toDto) {
        var query = schedules.find("order by year desc, name, locality");
        return PageResponse.of(query.page(Page.of(page.page(), page.size())).list(), page, query.count(), toDto);
    }

    /** An imported schedule; {@code created} is false when an existing one was replaced. */
    public record Imported(ReferenceSchedule schedule, boolean created) {
    }
}
