package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.repository.Jdbc;
import com.payorcontracts.platform.rest.ApiException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.UUID;

/** analytics' copy of the reference fee schedules (e.g. Medicare) that PERCENT_OF_MEDICARE lines price against. */
@Path("/api/v1/analytics/reference-schedules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics", description = "analytics-service: its projections of contract-service's contracts and reference fee schedules")
public class ReferenceScheduleResource {

    /** A projected schedule without its rows. */
    public record ReferenceScheduleView(UUID id, long version, String name, int year, String locality, int rowCount,
                                        Instant changedAt, Instant projectedAt) {
    }

    private final Jdbc jdbc;

    ReferenceScheduleResource(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReferenceSchedule", summary = "Read analytics' projection of one reference fee schedule")
    public ReferenceScheduleView get(@PathParam("id") UUID id) {
        return jdbc.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT schedule_id, version, name, year, "
                    + "locality, row_count, changed_at, projected_at FROM reference_schedule_projection WHERE schedule_id = ?")) {
                statement.setObject(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        throw ApiException.notFound("reference schedule", id);
                    }
                    return new ReferenceScheduleView(id, rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                            rs.getInt(6), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant());
                }
            }
        });
    }
}
