package com.payorcontracts.pricing;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Multiple-procedure reduction: when several eligible procedures are billed on one claim, the
 * most expensive is paid in full and the others at reduced percentages.
 *
 * <p>Eligible lines (the fee-schedule line is flagged eligible, the code is not exempt, and the
 * line is worth more than zero) are ranked by descending expected amount before reduction, ties
 * going to the earlier line; rank 1 gets the first percentage, and ranks beyond the list get the
 * last one. A line counts once whatever its units, and a bilateral line counts once at its
 * bilateral amount.
 *
 * @param percentagesByRank e.g. 100, 50, 50, 50, 50; each 0 to 100
 * @param exemptCodes codes never reduced (add-on codes, for instance)
 */
public record MultipleProcedureReduction(List<BigDecimal> percentagesByRank, Set<String> exemptCodes) {

    public MultipleProcedureReduction {
        Require.nonNull(percentagesByRank, "MultipleProcedureReduction.percentagesByRank");
        if (percentagesByRank.isEmpty()) {
            throw new IllegalArgumentException("MultipleProcedureReduction.percentagesByRank must not be empty");
        }
        for (BigDecimal percentage : percentagesByRank) {
            Require.percent(percentage, "MultipleProcedureReduction.percentagesByRank", Require.ONE_HUNDRED);
        }
        percentagesByRank = List.copyOf(percentagesByRank);
        Set<String> exempt = new HashSet<>();
        if (exemptCodes != null) {
            for (String code : exemptCodes) {
                exempt.add(Require.procedureCode(code, "MultipleProcedureReduction.exemptCodes"));
            }
        }
        exemptCodes = Set.copyOf(exempt);
    }

    /** The percentage for a rank counted from 1; ranks past the list use its last entry. */
    public BigDecimal percentageForRank(int rank) {
        if (rank < 1) {
            throw new IllegalArgumentException("rank counts from 1: " + rank);
        }
        return percentagesByRank.get(Math.min(rank, percentagesByRank.size()) - 1);
    }
}
