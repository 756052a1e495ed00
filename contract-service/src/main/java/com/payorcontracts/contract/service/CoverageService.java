package com.payorcontracts.contract.service;

import com.payorcontracts.contract.domain.CatalogCode;
import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.contract.domain.PlannedServiceLine;
import com.payorcontracts.contract.domain.RateTermsVersion;
import com.payorcontracts.contract.domain.ServiceCategory;
import com.payorcontracts.contract.domain.coverage.CodeCoverage;
import com.payorcontracts.contract.domain.coverage.ContractCoverage;
import com.payorcontracts.contract.domain.coverage.PriorAuthorization;
import com.payorcontracts.contract.repository.ContractRepository;
import com.payorcontracts.contract.repository.FeeScheduleRepository;
import com.payorcontracts.contract.repository.PayorProjectionRepository;
import com.payorcontracts.contract.repository.PlannedServiceLineRepository;
import com.payorcontracts.contract.repository.RateTermsRepository;
import com.payorcontracts.contract.repository.ServiceCatalogRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Which of the organization's codes (its catalog and planned service lines) its contracts pay, and
 * which need prior authorization with the payor (from the payor projection, never a call to
 * payor-service).
 */
@ApplicationScoped
public class CoverageService {

    private final TermsService terms;
    private final ContractRepository contracts;
    private final RateTermsRepository versions;
    private final FeeScheduleRepository feeSchedules;
    private final ServiceCatalogRepository catalog;
    private final PlannedServiceLineRepository plannedLines;
    private final PayorProjectionRepository payors;

    CoverageService(TermsService terms, ContractRepository contracts, RateTermsRepository versions,
                    FeeScheduleRepository feeSchedules, ServiceCatalogRepository catalog,
                    PlannedServiceLineRepository plannedLines, PayorProjectionRepository payors) {
        this.terms = terms;
        this.contracts = contracts;
        this.versions = versions;
        this.feeSchedules = feeSchedules;
        this.catalog = catalog;
        this.plannedLines = plannedLines;
        this.payors = payors;
    }

    /** Every catalog and planned code under one contract's terms in force on the date (422 outside its dates). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ContractCodes contract(UUID contractId, LocalDate asOf) {
        TermsInForce inForce = terms.asOf(contractId, asOf, "asOf");
        ContractCoverage coverage = ContractCoverage.of(inForce.feeSchedule(), inForce.version().rules.defaultRule());
        PriorAuthorization priorAuth = PriorAuthorization.of(payors.policies(inForce.contract().payorId));
        List<CodeRow> rows = new ArrayList<>();
        for (ServiceCode code : serviceCodes()) {
            rows.add(new CodeRow(code, coverage.classify(code.code()), priorAuth.required(code.code(), asOf)));
        }
        return new ContractCodes(inForce.contract(), inForce.version(), asOf, rows);
    }

    /** Every catalog and planned code under each of one payor's contracts ACTIVE and in force on the date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PayorCodes payor(UUID payorId, LocalDate asOf) {
        List<ContractInForce> inForce = inForce(payorId, asOf);
        PriorAuthorization priorAuth = PriorAuthorization.of(payors.policies(payorId));
        List<PayorCodeRow> rows = new ArrayList<>();
        for (ServiceCode code : serviceCodes()) {
            List<CodeCoverage> byContract = inForce.stream().map(c -> c.coverage().classify(code.code())).toList();
            rows.add(new PayorCodeRow(code, byContract, priorAuth.required(code.code(), asOf)));
        }
        return new PayorCodes(payorId, payors.name(payorId).orElse(null), asOf, inForce, rows);
    }

    /** Every catalog code across every contract ACTIVE and in force on the date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PortfolioCodes portfolio(LocalDate asOf) {
        List<ContractInForce> inForce = inForce(null, asOf);
        List<ServiceCode> codes = serviceCodes().stream().filter(ServiceCode::inCatalog).toList();
        List<PayorCodeRow> rows = new ArrayList<>();
        for (ServiceCode code : codes) {
            List<CodeCoverage> byContract = inForce.stream().map(c -> c.coverage().classify(code.code())).toList();
            rows.add(new PayorCodeRow(code, byContract, false));
        }
        return new PortfolioCodes(asOf, inForce.size(), rows);
    }

    private List<ContractInForce> inForce(UUID payorId, LocalDate asOf) {
        List<ContractInForce> inForce = new ArrayList<>();
        for (Contract contract : contracts.active(payorId)) {
            if (!contract.covers(asOf)) {
                continue;
            }
            RateTermsVersion version = versions.asOf(contract.id, asOf).orElseThrow();
            inForce.add(new ContractInForce(contract, version,
                    ContractCoverage.of(feeSchedules.lines(version.id), version.rules.defaultRule())));
        }
        return inForce;
    }

    /** The catalog's codes and the planned lines' codes, once each, in code order. */
    private List<ServiceCode> serviceCodes() {
        TreeMap<String, ServiceCode> codes = new TreeMap<>();
        for (CatalogCode code : catalog.listAll()) {
            codes.put(code.code, new ServiceCode(code.code, code.label, code.category, code.expectedAnnualVolume, true, List.of()));
        }
        for (PlannedServiceLine line : plannedLines.listAll()) {
            for (String code : line.codes) {
                ServiceCode known = codes.get(code);
                List<String> names = new ArrayList<>(known == null ? List.of() : known.plannedLines());
                names.add(line.name);
                codes.put(code, known == null ? new ServiceCode(code, null, null, 0, false, names)
                        : new ServiceCode(code, known.label(), known.category(), known.expectedAnnualVolume(), true, names));
            }
        }
        return List.copyOf(codes.values());
    }

    /** A code the organization performs (in its catalog) or plans to (in planned service lines). */
    public record ServiceCode(String code, String label, ServiceCategory category, int expectedAnnualVolume,
                              boolean inCatalog, List<String> plannedLines) {
    }

    /** One code under one contract. */
    public record CodeRow(ServiceCode code, CodeCoverage coverage, boolean priorAuthRequired) {
    }

    /** A contract's coverage on a date. */
    public record ContractCodes(Contract contract, RateTermsVersion version, LocalDate asOf, List<CodeRow> codes) {
    }

    /** A contract ACTIVE on the date, its terms in force and their coverage rules. */
    public record ContractInForce(Contract contract, RateTermsVersion version, ContractCoverage coverage) {
    }

    /** One code under several contracts, in the order of their list. */
    public record PayorCodeRow(ServiceCode code, List<CodeCoverage> byContract, boolean priorAuthRequired) {
    }

    /** A payor's contracts' coverage on a date; {@code payorName} null until payor-changed told it. */
    public record PayorCodes(UUID payorId, String payorName, LocalDate asOf, List<ContractInForce> contracts,
                             List<PayorCodeRow> codes) {
    }

    /** The whole portfolio's coverage of the catalog on a date. */
    public record PortfolioCodes(LocalDate asOf, int activeContracts, List<PayorCodeRow> codes) {
    }
}
