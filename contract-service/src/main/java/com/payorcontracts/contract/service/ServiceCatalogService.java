package com.payorcontracts.contract.service;

import com.payorcontracts.contract.domain.CatalogCode;
import com.payorcontracts.contract.domain.PlannedServiceLine;
import com.payorcontracts.contract.domain.ServiceCategory;
import com.payorcontracts.contract.repository.PlannedServiceLineRepository;
import com.payorcontracts.contract.repository.ServiceCatalogRepository;
import com.payorcontracts.contract.service.csv.ServiceCatalogCsv;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.EntityTags;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** The provider organization's service catalog and its planned service lines. */
@ApplicationScoped
public class ServiceCatalogService {

    private final ServiceCatalogRepository catalog;
    private final PlannedServiceLineRepository plannedLines;
    private final EntityManager entities;
    private final Clock clock;

    ServiceCatalogService(ServiceCatalogRepository catalog, PlannedServiceLineRepository plannedLines, EntityManager entities,
                          Clock clock) {
        this.catalog = catalog;
        this.plannedLines = plannedLines;
        this.entities = entities;
        this.clock = clock;
    }

    /** The catalog and the version it is at, which its ETag names. */
    public record Imported(int codes, long version) {
    }

    /**
     * Replaces the whole catalog with the entries of a file that read without errors, in one
     * transaction, if the caller read its current version (412 otherwise); the version moves on.
     */
    @Transactional
    public Imported replaceCatalog(EntityTags ifMatch, List<ServiceCatalogCsv.Entry> entries) {
        long version = ((Number) entities.createNativeQuery("SELECT version FROM service_catalog_version WHERE id = 1 FOR UPDATE")
                .getSingleResult()).longValue();
        ifMatch.check("the service catalog", version);
        entities.createNativeQuery("UPDATE service_catalog_version SET version = version + 1 WHERE id = 1").executeUpdate();
        Instant now = Instant.now(clock);
        catalog.deleteAll();
        catalog.flush();
        catalog.persist(entries.stream().map(e -> new CatalogCode(e.code(), e.label().strip(), e.category(),
                e.expectedAnnualVolume(), e.implantHeavy(), now)));
        return new Imported(entries.size(), version + 1);
    }

    /** The version the catalog is at: its ETag. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long version() {
        return ((Number) entities.createNativeQuery("SELECT version FROM service_catalog_version WHERE id = 1")
                .getSingleResult()).longValue();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> PageResponse<T> catalog(ServiceCategory category, PageRequest page, Function<CatalogCode, T> toDto) {
        return PageResponse.of(catalog.page(category, page), page, catalog.count(category), toDto);
    }

    @Transactional
    public PlannedServiceLine planServiceLine(String name, LocalDate targetStartDate, List<String> codes) {
        String stripped = name.strip();
        if (plannedLines.nameTaken(stripped)) {
            throw ApiException.conflict("a planned service line named '" + stripped + "' exists already");
        }
        PlannedServiceLine line = new PlannedServiceLine(stripped, targetStartDate,
                codes.stream().map(String::toUpperCase).distinct().sorted().toList(), Instant.now(clock));
        plannedLines.persist(line);
        return line;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlannedServiceLine plannedServiceLine(UUID id) {
        return plannedLines.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("planned service line", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> PageResponse<T> plannedServiceLines(PageRequest page, Function<PlannedServiceLine, T> toDto) {
        return PageResponse.of(plannedLines.page(page), page, plannedLines.count(), toDto);
    }
}
