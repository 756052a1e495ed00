package com.payorcontracts.contract.service;

import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.contract.domain.FeeScheduleLine;
import com.payorcontracts.contract.messaging.ContractEvents;
import com.payorcontracts.contract.repository.ContractRepository;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Use cases on contracts. Each change and its contract-changed event commit together: the event
 * goes to the outbox in the same transaction, never straight to Kafka.
 */
@ApplicationScoped
public class ContractService {

    private final ContractRepository contracts;
    private final ContractEvents events;
    private final Clock clock;

    ContractService(ContractRepository contracts, ContractEvents events, Clock clock) {
        this.contracts = contracts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Contract create(ContractTermsDraft draft) {
        checkTerms(draft);
        Instant now = Instant.now(clock);
        Contract contract = new Contract(draft.payorId(), draft.name().strip(), draft.effectiveDate(),
                draft.expirationDate(), draft.feeSchedule(), now);
        contracts.persist(contract);
        events.changed(contract, ContractChanged.ChangeKind.CREATED, now);
        return contract;
    }

    @Transactional
    public Contract replaceTerms(UUID id, ContractTermsDraft draft) {
        checkTerms(draft);
        Contract contract = get(id);
        if (!contract.payorId.equals(draft.payorId())) {
            throw ApiException.invalidField("payorId", "a contract cannot move to another payor");
        }
        contract.replaceTerms(draft.name().strip(), draft.effectiveDate(), draft.expirationDate(), draft.feeSchedule());
        events.changed(contract, ContractChanged.ChangeKind.UPDATED, Instant.now(clock));
        return contract;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Contract get(UUID id) {
        return contracts.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("contract", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> PageResponse<T> list(UUID payorId, PageRequest page, Function<Contract, T> toDto) {
        return PageResponse.of(contracts.page(payorId, page), page, contracts.count(payorId), toDto);
    }

    private static void checkTerms(ContractTermsDraft draft) {
        if (draft.expirationDate().isBefore(draft.effectiveDate())) {
            throw ApiException.invalidField("expirationDate", "must not be before effectiveDate " + draft.effectiveDate());
        }
        Map<String, Integer> seen = new HashMap<>();
        List<FeeScheduleLine> lines = draft.feeSchedule();
        for (int i = 0; i < lines.size(); i++) {
            Integer first = seen.putIfAbsent(lines.get(i).key(), i);
            if (first != null) {
                throw ApiException.invalidField("feeSchedule[" + i + "]",
                        "repeats " + lines.get(i).key() + " of feeSchedule[" + first + "]");
            }
        }
    }
}
