package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.service.ReportFilter;
import com.payorcontracts.platform.rest.ApiException;
import jakarta.ws.rs.QueryParam;

import java.time.LocalDate;
import java.util.UUID;

/** The filters of every report as query parameters: payorId, contractId, code, from, to (dates, inclusive). */
public class ReportParams {

    @QueryParam("payorId")
    UUID payorId;

    @QueryParam("contractId")
    UUID contractId;

    @QueryParam("code")
    String code;

    @QueryParam("from")
    LocalDate from;

    @QueryParam("to")
    LocalDate to;

    ReportFilter filter() {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalidField("to", "must not be before from");
        }
        return new ReportFilter(payorId, contractId, code, from, to);
    }
}
