package com.payorcontracts.contract.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.payorcontracts.contract.domain.ServiceCategory;
import com.payorcontracts.contract.domain.coverage.CodeCoverage;
import com.payorcontracts.contract.domain.coverage.CoverageClass;
import com.payorcontracts.contract.service.CoverageService;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import com.payorcontracts.pricing.RateMethod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** The answers of the coverage endpoints. Amounts are the terms' own (before escalators and modifiers), USD. */
public final class CoverageDtos {

    private CoverageDtos() {
    }

    /** How many codes fall in each class. */
    @Schema(name = "CoverageCounts")
    public record Counts(long pricedByLine, long defaultRuleOnly, long caseRateBundled, long carvedOut, long notCovered,
                         long missing) {
        static Counts of(List<CoverageClass> classes) {
            Map<CoverageClass, Long> counts = new EnumMap<>(CoverageClass.class);
            classes.forEach(c -> counts.merge(c, 1L, Long::sum));
            return new Counts(counts.getOrDefault(CoverageClass.PRICED_BY_LINE, 0L),
                    counts.getOrDefault(CoverageClass.DEFAULT_RULE_ONLY, 0L),
                    counts.getOrDefault(CoverageClass.CASE_RATE_BUNDLED, 0L), counts.getOrDefault(CoverageClass.CARVED_OUT, 0L),
                    counts.getOrDefault(CoverageClass.NOT_COVERED, 0L), counts.getOrDefault(CoverageClass.MISSING, 0L));
        }
    }

    /**
     * One contract's coverage of the organization's codes on a date.
     *
     * @param counts every code's class counted (all pages; before the {@code coverage} filter)
     * @param codes  the codes in code order, one page
     */
    @Schema(name = "ContractCoverage")
    public record ContractCoverageResponse(UUID contractId, String contractName, UUID payorId, LocalDate asOf,
                                           UUID termsId, String termsName, Counts counts, PageResponse<CoveredCode> codes) {

        static ContractCoverageResponse of(CoverageService.ContractCodes coverage, CoverageClass only, PageRequest page) {
            Counts counts = Counts.of(coverage.codes().stream().map(row -> row.coverage().coverage()).toList());
            List<CoverageService.CodeRow> rows = coverage.codes().stream()
                    .filter(row -> only == null || row.coverage().coverage() == only).toList();
            return new ContractCoverageResponse(coverage.contract().id, coverage.contract().name, coverage.contract().payorId,
                    coverage.asOf(), coverage.version().id, coverage.version().name, counts,
                    paged(rows, page, CoveredCode::of));
        }
    }

    /**
     * One code under one contract.
     *
     * @param inCatalog           whether the catalog lists it (else only a planned service line names it)
     * @param plannedServiceLines the planned service lines that name it
     * @param method              how it is paid; absent when nothing pays it
     * @param lowestAmount        the least amount of its own paying lines; absent without one
     * @param highestAmount       the greatest
     * @param percent             the percentage (of Medicare, charges or invoice cost) that pays it, if one does
     * @param bundledUnder        the primary code whose case rate holds it (CASE_RATE_BUNDLED)
     * @param priorAuthRequired   whether the payor requires prior authorization for it on the date
     */
    @Schema(name = "CoveredCode")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CoveredCode(String code, @Schema(nullable = true) String label,
                              @Schema(nullable = true) ServiceCategory category, boolean inCatalog,
                              List<String> plannedServiceLines, CoverageClass coverage,
                              @Schema(nullable = true) RateMethod method,
                              @Schema(nullable = true) BigDecimal lowestAmount,
                              @Schema(nullable = true) BigDecimal highestAmount,
                              @Schema(nullable = true) BigDecimal percent, @Schema(nullable = true) String bundledUnder,
                              boolean priorAuthRequired) {
        static CoveredCode of(CoverageService.CodeRow row) {
            CoverageService.ServiceCode code = row.code();
            CodeCoverage coverage = row.coverage();
            return new CoveredCode(code.code(), code.label(), code.category(), code.inCatalog(), code.plannedLines(),
                    coverage.coverage(), coverage.method(), coverage.lowestAmount(), coverage.highestAmount(),
                    coverage.percent(), coverage.bundledUnder(), row.priorAuthRequired());
        }
    }

    /** One payor's ACTIVE contracts in force on a date, and each code under each of them. */
    @Schema(name = "PayorCoverage")
    public record PayorCoverageResponse(UUID payorId, String payorName, LocalDate asOf, List<ContractRef> contracts,
                                        PageResponse<PayorCoveredCode> codes) {
        static PayorCoverageResponse of(CoverageService.PayorCodes coverage, PageRequest page) {
            List<ContractRef> contracts = coverage.contracts().stream()
                    .map(c -> new ContractRef(c.contract().id, c.contract().name, c.version().id, c.version().name)).toList();
            return new PayorCoverageResponse(coverage.payorId(), coverage.payorName(), coverage.asOf(), contracts,
                    paged(coverage.codes(), page, row -> PayorCoveredCode.of(row, contracts)));
        }
    }

    /** A contract and its terms version in force. */
    @Schema(name = "CoverageContract")
    public record ContractRef(UUID contractId, String name, UUID termsId, String termsName) {
    }

    /**
     * One code under each of a payor's contracts.
     *
     * @param contractsPaying how many of the contracts pay something for it
     * @param contracts       the code under each contract, in the order of the answer's {@code contracts}
     */
    @Schema(name = "PayorCoveredCode")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PayorCoveredCode(String code, @Schema(nullable = true) String label,
                                   @Schema(nullable = true) ServiceCategory category, boolean inCatalog,
                                   List<String> plannedServiceLines, boolean priorAuthRequired, int contractsPaying,
                                   List<ContractCode> contracts) {
        static PayorCoveredCode of(CoverageService.PayorCodeRow row, List<ContractRef> refs) {
            CoverageService.ServiceCode code = row.code();
            List<ContractCode> byContract = new java.util.ArrayList<>();
            for (int i = 0; i < refs.size(); i++) {
                CodeCoverage coverage = row.byContract().get(i);
                byContract.add(new ContractCode(refs.get(i).contractId(), coverage.coverage(), coverage.method(),
                        coverage.lowestAmount(), coverage.highestAmount(), coverage.percent(), coverage.bundledUnder()));
            }
            int paying = (int) row.byContract().stream().filter(c -> c.coverage().pays()).count();
            return new PayorCoveredCode(code.code(), code.label(), code.category(), code.inCatalog(), code.plannedLines(),
                    row.priorAuthRequired(), paying, byContract);
        }
    }

    /** A code under one contract of several. */
    @Schema(name = "ContractCodeCoverage")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContractCode(UUID contractId, CoverageClass coverage, @Schema(nullable = true) RateMethod method,
                               @Schema(nullable = true) BigDecimal lowestAmount,
                               @Schema(nullable = true) BigDecimal highestAmount,
                               @Schema(nullable = true) BigDecimal percent, @Schema(nullable = true) String bundledUnder) {
    }

    /**
     * Every catalog code across all ACTIVE contracts in force on a date.
     *
     * @param activeContracts how many contracts were looked at
     */
    @Schema(name = "PortfolioCoverage")
    public record PortfolioResponse(LocalDate asOf, int activeContracts, PageResponse<PortfolioCode> codes) {
        static PortfolioResponse of(CoverageService.PortfolioCodes coverage, PageRequest page) {
            return new PortfolioResponse(coverage.asOf(), coverage.activeContracts(),
                    paged(coverage.codes(), page, PortfolioCode::of));
        }
    }

    /**
     * One catalog code across the portfolio.
     *
     * @param contractsPaying       how many ACTIVE contracts pay something for it (any class but NOT_COVERED and MISSING)
     * @param contractsPricingByLine how many price it with a line of their own
     * @param contractsMissing      how many say nothing of it and pay nothing (MISSING)
     * @param lowestAmount          the least amount of those lines (FIXED, PER_DIEM, CASE_RATE); absent when none
     * @param highestAmount         the greatest
     */
    @Schema(name = "PortfolioCode")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PortfolioCode(String code, @Schema(nullable = true) String label,
                                @Schema(nullable = true) ServiceCategory category, int expectedAnnualVolume,
                                int contractsPaying, int contractsPricingByLine, int contractsMissing,
                                @Schema(nullable = true) BigDecimal lowestAmount,
                                @Schema(nullable = true) BigDecimal highestAmount) {
        static PortfolioCode of(CoverageService.PayorCodeRow row) {
            int paying = 0;
            int byLine = 0;
            int missing = 0;
            BigDecimal lowest = null;
            BigDecimal highest = null;
            for (CodeCoverage coverage : row.byContract()) {
                paying += coverage.coverage().pays() ? 1 : 0;
                missing += coverage.coverage() == CoverageClass.MISSING ? 1 : 0;
                if (coverage.coverage() == CoverageClass.PRICED_BY_LINE) {
                    byLine++;
                    if (coverage.lowestAmount() != null && (lowest == null || coverage.lowestAmount().compareTo(lowest) < 0)) {
                        lowest = coverage.lowestAmount();
                    }
                    if (coverage.highestAmount() != null && (highest == null || coverage.highestAmount().compareTo(highest) > 0)) {
                        highest = coverage.highestAmount();
                    }
                }
            }
            CoverageService.ServiceCode code = row.code();
            return new PortfolioCode(code.code(), code.label(), code.category(), code.expectedAnnualVolume(), paying, byLine,
                    missing, lowest, highest);
        }
    }

    private static <E, T> PageResponse<T> paged(List<E> all, PageRequest page, Function<E, T> toDto) {
        int from = (int) Math.min((long) page.page() * page.size(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return PageResponse.of(all.subList(from, to), page, all.size(), toDto);
    }
}
