package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.service.PolicyService;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;
import java.util.List;

/** The codes asked about and the date; a bean so that a bad code is named with its position, code[2]. */
public class PriorAuthQuery {

    /** A code, optionally with a modifier after a dash: 64483 or 64483-50. */
    static final String CODE_WITH_MODIFIER = "(" + Formats.CODE + ")(-" + Formats.MODIFIER + ")?";

    @QueryParam("code")
    @NotEmpty(message = "name at least one code")
    @Size(max = 100, message = "at most 100 codes per call")
    @Parameter(description = "Repeat for several codes; a modifier goes after a dash, e.g. 64483-50")
    List<@Pattern(regexp = CODE_WITH_MODIFIER, message = "must be a CPT or HCPCS code, optionally with -modifier (e.g. 64483-50)") String> code;

    @QueryParam("date")
    @Parameter(description = "ISO date; today when left out")
    LocalDate date;

    List<PolicyService.CodeQuery> codes() {
        return code.stream().map(c -> {
            String[] parts = c.split("-", 2);
            return new PolicyService.CodeQuery(parts[0], parts.length > 1 ? parts[1] : null);
        }).toList();
    }
}
