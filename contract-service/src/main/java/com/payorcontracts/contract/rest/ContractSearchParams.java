package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.domain.ContractStatus;
import com.payorcontracts.contract.repository.ContractSearch;
import com.payorcontracts.contract.repository.ContractSort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The filters and order of the contract list. Repeat a parameter for several values: {@code ?status=ACTIVE&status=DRAFT}. */
public class ContractSearchParams {

    @QueryParam("name")
    @Size(max = 200, message = "must be at most 200 characters")
    @Parameter(description = "Part of the contract's name, any case")
    String name;

    @QueryParam("payorId")
    @Parameter(description = "Contracts with this payor")
    UUID payorId;

    @QueryParam("status")
    @Size(max = 5, message = "must name at most 5 statuses")
    @Parameter(description = "In any of these statuses")
    List<ContractStatus> status;

    @QueryParam("expiringWithinDays")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = 3660, message = "must be at most 3660")
    @Parameter(description = "Not yet expired or terminated, with an expiration date from today up to this many days ahead")
    Integer expiringWithinDays;

    @QueryParam("id")
    @Size(max = 200, message = "must name at most 200 contracts")
    @Parameter(description = "Only these contracts, in one call (repeat: ?id=..&id=..)")
    List<UUID> id;

    @QueryParam("sort")
    @DefaultValue("name")
    @Pattern(regexp = ContractSort.PARAMETER_PATTERN,
            message = "must be one of name, status, effectiveDate, expirationDate, updatedAt, with a leading - for descending")
    @Parameter(description = "name (default), status, effectiveDate, expirationDate or updatedAt; a leading - sorts descending")
    String sort;

    ContractSearch toSearch(LocalDate today) {
        return new ContractSearch(name, payorId, status == null ? Set.of() : new HashSet<>(status),
                expiringWithinDays == null ? null : today.plusDays(expiringWithinDays), today,
                id == null ? Set.of() : new HashSet<>(id), ContractSort.parse(sort).orElse(ContractSort.NAME));
    }
}
