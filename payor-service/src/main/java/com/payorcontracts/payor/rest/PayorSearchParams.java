package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.PayorStatus;
import com.payorcontracts.payor.domain.PayorType;
import com.payorcontracts.payor.repository.PayorSearch;
import com.payorcontracts.payor.repository.PayorSort;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The filters and order of the payor list. Repeat a parameter for several values: {@code ?state=TX&state=OK}. */
public class PayorSearchParams {

    @QueryParam("name")
    @Size(max = 200)
    @Parameter(description = "Part of the display or legal name, any case")
    String name;

    @QueryParam("type")
    @Parameter(description = "Any of these types")
    List<@EnumValue(PayorType.class) String> type;

    @QueryParam("status")
    @Parameter(description = "Any of these pipeline statuses")
    List<@EnumValue(PayorStatus.class) String> status;

    @QueryParam("state")
    @Size(max = 56)
    @Parameter(description = "Present in any of these states (a covered-lives figure exists there)")
    List<@Pattern(regexp = Formats.US_STATE, message = Formats.US_STATE_MESSAGE) String> state;

    @QueryParam("minLives")
    @Min(value = 0, message = "must be 0 or more")
    @Parameter(description = "At least this many covered lives, summed over the given states (or all states); county figures are not added")
    Long minLives;

    @QueryParam("ediPayerId")
    @Pattern(regexp = Formats.EDI_PAYER_ID, message = Formats.EDI_PAYER_ID_MESSAGE)
    @Parameter(description = "Has this EDI payer id")
    String ediPayerId;

    @QueryParam("includeArchived")
    @DefaultValue("false")
    @Parameter(description = "Also list archived payors")
    boolean includeArchived;

    @QueryParam("sort")
    @DefaultValue("name")
    @Pattern(regexp = PayorSort.PARAMETER_PATTERN, message = "must be one of name, type, status, createdAt, updatedAt, with a leading - for descending")
    @Parameter(description = "name (default), type, status, createdAt or updatedAt; a leading - sorts descending")
    String sort;

    @QueryParam("id")
    @Size(max = 200, message = "must name at most 200 payors")
    @Parameter(description = "Only these payors, in one call (repeat: ?id=..&id=..)")
    List<UUID> id;

    PayorSearch toSearch() {
        return new PayorSearch(name, enums(type, PayorType.class), enums(status, PayorStatus.class),
                state == null ? null : new HashSet<>(state), minLives, ediPayerId, includeArchived,
                PayorSort.parse(sort).orElse(PayorSort.NAME), id == null ? Set.of() : new HashSet<>(id));
    }

    static <E extends Enum<E>> Set<E> enums(List<String> names, Class<E> type) {
        return names == null ? Set.of() : names.stream().map(name -> Enum.valueOf(type, name)).collect(Collectors.toSet());
    }
}
