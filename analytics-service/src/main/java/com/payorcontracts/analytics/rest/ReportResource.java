package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.service.ReportService;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Expected versus paid, how fast payors pay, and what they deny. */
@Path("/api/v1/analytics/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics reports", description = "analytics-service: expected versus paid, days to pay, late payments and denials, by payor, contract, code or month")
public class ReportResource {

    private final ReportService reports;

    ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("/totals")
    @Operation(operationId = "reportTotals", summary = "Expected, paid and variance by payor, contract, code or month (dates of service)")
    public PageResponse<ReportService.Totals> totals(@QueryParam("groupBy") @DefaultValue("PAYOR") ReportService.GroupBy groupBy,
                                                     @BeanParam ReportParams filter, @BeanParam @Valid PageRequest page) {
        return reports.totals(groupBy, filter.filter(), page);
    }

    @GET
    @Path("/days-to-pay")
    @Operation(operationId = "reportDaysToPay", summary = "Days from receipt to payment by payor or contract, late payments "
            + "against the contract's clean-claim days and the interest owed (dates are payment dates)")
    public PageResponse<ReportService.DaysToPay> daysToPay(@QueryParam("groupBy") @DefaultValue("PAYOR") ReportService.GroupBy groupBy,
                                                           @BeanParam ReportParams filter, @BeanParam @Valid PageRequest page) {
        if (groupBy != ReportService.GroupBy.PAYOR && groupBy != ReportService.GroupBy.CONTRACT) {
            throw ApiException.invalidField("groupBy", "must be PAYOR or CONTRACT");
        }
        return reports.daysToPay(groupBy, filter.filter(), page);
    }

    @GET
    @Path("/late-payments")
    @Operation(operationId = "reportLatePayments", summary = "Claims paid after the contract's clean-claim days, with the interest owed")
    public PageResponse<ReportService.LatePayment> latePayments(@BeanParam ReportParams filter, @BeanParam @Valid PageRequest page) {
        return reports.latePayments(filter.filter(), page);
    }

    @GET
    @Path("/denials")
    @Operation(operationId = "reportDenials", summary = "Denials by CARC group and reason, and the denial rate by payor (dates are payment dates)")
    public ReportService.Denials denials(@BeanParam ReportParams filter, @BeanParam @Valid PageRequest page) {
        return reports.denials(filter.filter(), page);
    }
}
