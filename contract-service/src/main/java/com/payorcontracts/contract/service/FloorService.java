package com.payorcontracts.contract.service;

import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.contract.domain.WalkAwayFloor;
import com.payorcontracts.contract.repository.ServiceCatalogRepository;
import com.payorcontracts.contract.repository.WalkAwayFloorRepository;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import com.payorcontracts.platform.rest.ProblemDetail;
import com.payorcontracts.platform.rest.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Walk-away floors: organization-wide, and per-payor overrides set through one of the payor's
 * contracts. A floor names a code of the service catalog; floors of one code and scope never
 * overlap in time. Only contract managers and admins reach these use cases (security matrix).
 */
@ApplicationScoped
public class FloorService {

    private final WalkAwayFloorRepository floors;
    private final ServiceCatalogRepository catalog;
    private final ContractService contracts;
    private final Clock clock;

    FloorService(WalkAwayFloorRepository floors, ServiceCatalogRepository catalog, ContractService contracts, Clock clock) {
        this.floors = floors;
        this.catalog = catalog;
        this.contracts = contracts;
        this.clock = clock;
    }

    /** A floor to set: the least accepted {@code amount} for {@code code} from {@code effectiveFrom} to {@code effectiveTo} (null: open-ended). */
    public record FloorDraft(String code, BigDecimal amount, LocalDate effectiveFrom, LocalDate effectiveTo, String reason) {
    }

    @Transactional
    public WalkAwayFloor setOrganizationFloor(FloorDraft draft) {
        return set(null, draft);
    }

    /** Sets a floor for the contract's payor, overriding the organization's. */
    @Transactional
    public WalkAwayFloor setPayorFloor(UUID contractId, FloorDraft draft) {
        return set(contracts.get(contractId).payorId, draft);
    }

    /** One organization-wide floor (404 for any other). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WalkAwayFloor organizationFloor(UUID floorId) {
        return floors.findByIdOptional(floorId).filter(floor -> floor.payorId == null)
                .orElseThrow(() -> ApiException.notFound("organization-wide floor", floorId));
    }

    /** One floor set for the contract's payor (404 for any other). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WalkAwayFloor payorFloor(UUID contractId, UUID floorId) {
        UUID payorId = contracts.get(contractId).payorId;
        return floors.findByIdOptional(floorId).filter(floor -> payorId.equals(floor.payorId))
                .orElseThrow(() -> ApiException.notFound("floor of this contract's payor", floorId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> PageResponse<T> organizationFloors(PageRequest page, Function<WalkAwayFloor, T> toDto) {
        return PageResponse.of(floors.organizationPage(page), page, floors.organizationCount(), toDto);
    }

    /** The floor per code in force on the date for the contract's payor: its own where it has one, else the organization's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> PageResponse<T> floorsInForce(UUID contractId, LocalDate date, PageRequest page,
                                             Function<WalkAwayFloor, T> toDto) {
        Contract contract = contracts.get(contractId);
        List<WalkAwayFloor> merged = inForce(floors.inForce(contract.payorId, date));
        int from = Math.min(page.offset(), merged.size());
        return PageResponse.of(merged.subList(from, Math.min(from + page.size(), merged.size())), page, merged.size(), toDto);
    }

    /** One floor per code: the payor's override beats the organization's floor. */
    static List<WalkAwayFloor> inForce(List<WalkAwayFloor> inForceByCode) {
        Map<String, WalkAwayFloor> byCode = new LinkedHashMap<>();
        for (WalkAwayFloor floor : inForceByCode) {
            byCode.merge(floor.code, floor, (kept, other) -> kept.payorId != null ? kept : other);
        }
        return List.copyOf(byCode.values());
    }

    private WalkAwayFloor set(UUID payorId, FloorDraft draft) {
        String code = draft.code().toUpperCase();
        if (draft.effectiveTo() != null && draft.effectiveTo().isBefore(draft.effectiveFrom())) {
            throw ApiException.invalidField("effectiveTo", "must not be before effectiveFrom " + draft.effectiveFrom());
        }
        if (catalog.findByIdOptional(code).isEmpty()) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "a floor is for a code of the service catalog",
                    List.of(new ProblemDetail.FieldError("code", "'" + code + "' is not in the service catalog")));
        }
        floors.lockCode(code);
        for (WalkAwayFloor existing : floors.ofScope(payorId, code)) {
            if (existing.overlaps(draft.effectiveFrom(), draft.effectiveTo())) {
                throw ApiException.conflict("the floor for " + code + " from " + draft.effectiveFrom() + " overlaps the one in"
                        + " force " + existing.effectiveFrom + " to " + (existing.effectiveTo == null ? "open-ended" : existing.effectiveTo)
                        + "; end that one first or choose other dates");
            }
        }
        WalkAwayFloor floor = new WalkAwayFloor(payorId, code, draft.amount().setScale(2), draft.effectiveFrom(),
                draft.effectiveTo(), draft.reason().strip(), Instant.now(clock));
        floors.persist(floor);
        return floor;
    }
}
