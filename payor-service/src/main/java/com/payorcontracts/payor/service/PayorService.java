package com.payorcontracts.payor.service;

import com.payorcontracts.payor.domain.Payor;
import com.payorcontracts.payor.domain.PayorType;
import com.payorcontracts.payor.repository.PayorRepository;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/** Use cases on payors; each public method is one transaction. */
@ApplicationScoped
public class PayorService {

    private final PayorRepository payors;
    private final Clock clock;

    PayorService(PayorRepository payors, Clock clock) {
        this.payors = payors;
        this.clock = clock;
    }

    @Transactional
    public Payor create(String name, PayorType type) {
        Payor payor = new Payor(name.strip(), type, Instant.now(clock));
        payors.persist(payor);
        return payor;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Payor get(UUID id) {
        return payors.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("payor", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> PageResponse<T> list(PageRequest page, Function<Payor, T> toDto) {
        return PageResponse.of(payors.page(page), page, payors.count(), toDto);
    }
}
