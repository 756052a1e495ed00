package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.domain.alert.AlertKind;
import com.payorcontracts.analytics.domain.alert.AlertStatus;
import com.payorcontracts.analytics.service.AlertService;
import com.payorcontracts.platform.rest.EntityTags;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import com.payorcontracts.platform.security.Caller;
import com.payorcontracts.security.SecurityMatrix;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/**
 * What needs attention by a date: contract deadlines, payor bulletins and follow-ups, underpayments, late
 * payments, payor proposals awaiting our answer, webhook endpoints the sender disabled.
 */
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "analytics-service: what needs attention by a date, acknowledged or snoozed per user")
public class AlertResource {

    private static final SecurityMatrix MATRIX = SecurityMatrix.load();

    private final AlertService alerts;
    private final Caller caller;

    AlertResource(AlertService alerts, Caller caller) {
        this.alerts = alerts;
        this.caller = caller;
    }

    /** Whether the caller may read an alert's subject: an alert shows only what its reader could open. */
    private boolean mayRead(String link) {
        return MATRIX.allowed("GET", link, caller.roles());
    }

    @GET
    @Operation(operationId = "listAlerts", summary = "Alerts shown today looking withinDays ahead (0..365, default 30), "
            + "soonest due first; each with the caller's status (filter status=OPEN for what is left to do)")
    public PageResponse<AlertResponse> list(@QueryParam("withinDays") @DefaultValue("30")
                                            @Min(value = 0, message = "must be 0 or more")
                                            @Max(value = AlertService.MAX_WITHIN_DAYS, message = "must be at most "
                                                    + AlertService.MAX_WITHIN_DAYS) int withinDays,
                                            @QueryParam("kind") AlertKind kind,
                                            @QueryParam("payorId") UUID payorId,
                                            @QueryParam("contractId") UUID contractId,
                                            @QueryParam("status") AlertStatus status,
                                            @BeanParam @Valid PageRequest page) {
        PageResponse<AlertService.Item> items = alerts.list(caller.subject(), this::mayRead,
                new AlertService.Filter(withinDays, kind, payorId, contractId, status), page);
        return new PageResponse<>(items.items().stream().map(AlertResponse::of).toList(), items.page(), items.size(),
                items.totalItems(), items.totalPages());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAlert", summary = "One alert shown today (looking a year ahead) with the caller's status; "
            + "the ETag is what If-Match needs")
    public RestResponse<AlertResponse> get(@PathParam("id") String id) {
        return tagged(alerts.get(caller.subject(), this::mayRead, id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeAlertStatus", summary = "Acknowledge (until the alert's facts change), snooze until a "
            + "date, or reopen the alert for the caller (If-Match required)")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "The alert cannot move to that status from its current one;"
            + " `allowedStatuses` names the allowed ones")
    public RestResponse<AlertResponse> change(@PathParam("id") String id, @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
                                              AlertStatusChange change) {
        EntityTags expected = EntityTags.fromIfMatch(ifMatch);
        return tagged(alerts.change(caller.subject(), this::mayRead, id, expected,
                change == null ? null : new AlertService.StatusChange(change.status(), change.snoozedUntil())));
    }

    private static RestResponse<AlertResponse> tagged(AlertService.Item item) {
        return EntityTags.tagged(AlertResponse.of(item), item.version());
    }
}
