package com.payorcontracts.x12.remittance;

import com.payorcontracts.x12.Segment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the 835 segments that occur in more than one loop into their records. */
final class Segments {

    /**
     * REF qualifiers that identify the person rather than the claim: member id, employee id, SSN,
     * medical record number, insurance policy number. They are dropped on reading.
     */
    static final Set<String> PERSONAL_REFERENCES = Set.of("1W", "28", "SY", "EA", "IG");

    /** Element counts the 835 defines; more than that is worth a warning, the extra elements are ignored. */
    static final Map<String, Integer> MAX_ELEMENTS = Map.ofEntries(
            Map.entry("BPR", 21), Map.entry("TRN", 4), Map.entry("REF", 4), Map.entry("DTM", 6),
            Map.entry("N1", 6), Map.entry("LX", 1), Map.entry("CLP", 14), Map.entry("CAS", 19),
            Map.entry("NM1", 12), Map.entry("MIA", 24), Map.entry("MOA", 9), Map.entry("AMT", 3),
            Map.entry("QTY", 4), Map.entry("SVC", 7), Map.entry("LQ", 2), Map.entry("PLB", 14));

    private static final int TRIPLETS_PER_CAS = 6;
    private static final int PAIRS_PER_PLB = 6;

    private Segments() {
    }

    /** Every reason/amount/quantity triplet of a CAS. */
    static List<Adjustment> adjustments(Segment cas) {
        AdjustmentGroup group = group(cas);
        var adjustments = new ArrayList<Adjustment>();
        for (int t = 0; t < TRIPLETS_PER_CAS; t++) {
            int reasonAt = 2 + 3 * t;
            String reason = cas.optional(reasonAt);
            BigDecimal amount = cas.optionalDecimal(reasonAt + 1, "adjustment amount");
            BigDecimal quantity = cas.optionalDecimal(reasonAt + 2, "adjustment quantity");
            if (reason == null) {
                if (amount != null || quantity != null) {
                    throw cas.problem(cas.name(reasonAt) + " (adjustment reason) is missing before an amount");
                }
                continue;
            }
            if (amount == null) {
                throw cas.problem(cas.name(reasonAt + 1) + " (adjustment amount) is missing for reason " + reason);
            }
            adjustments.add(new Adjustment(cas.position(), group, reason, amount, quantity));
        }
        if (adjustments.isEmpty()) {
            throw cas.problem("CAS02 (adjustment reason) is missing");
        }
        return adjustments;
    }

    private static AdjustmentGroup group(Segment cas) {
        String code = cas.required(1, "adjustment group");
        try {
            return AdjustmentGroup.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw cas.problem("CAS01 '" + code + "' is not an adjustment group (CO, PR, OA, PI, CR)");
        }
    }

    /** Every reason/amount pair of a PLB. */
    static List<ProviderAdjustment> providerAdjustments(Segment plb) {
        String provider = plb.required(1, "provider identifier");
        var fiscalPeriodEnd = plb.date(2, "fiscal period date");
        var adjustments = new ArrayList<ProviderAdjustment>();
        for (int p = 0; p < PAIRS_PER_PLB; p++) {
            int reasonAt = 3 + 2 * p;
            List<String> reason = plb.components(reasonAt);
            BigDecimal amount = plb.optionalDecimal(reasonAt + 1, "provider adjustment amount");
            if (reason.isEmpty()) {
                if (amount != null) {
                    throw plb.problem(plb.name(reasonAt) + " (adjustment reason) is missing before an amount");
                }
                continue;
            }
            if (reason.get(0).isEmpty()) {
                throw plb.problem(plb.name(reasonAt) + "-1 (adjustment reason) is missing");
            }
            if (amount == null) {
                throw plb.problem(plb.name(reasonAt + 1) + " (provider adjustment amount) is missing for reason "
                        + reason.get(0));
            }
            String referenceId = reason.size() > 1 && !reason.get(1).isEmpty() ? reason.get(1) : null;
            adjustments.add(new ProviderAdjustment(plb.position(), provider, fiscalPeriodEnd, reason.get(0),
                    referenceId, amount));
        }
        if (adjustments.isEmpty()) {
            throw plb.problem("PLB03 (adjustment reason) is missing");
        }
        return adjustments;
    }

    static Reference reference(Segment ref) {
        return new Reference(ref.required(1, "reference qualifier"), ref.required(2, "reference value"));
    }

    static boolean isPersonal(Reference reference) {
        return PERSONAL_REFERENCES.contains(reference.qualifier());
    }

    static Amount amount(Segment amt) {
        return new Amount(amt.required(1, "amount qualifier"), amt.decimal(2, "amount"));
    }

    static Quantity quantity(Segment qty) {
        return new Quantity(qty.required(1, "quantity qualifier"), qty.decimal(2, "quantity"));
    }

    static Remark remark(Segment lq) {
        return new Remark(lq.required(1, "remark qualifier"), lq.required(2, "remark code"));
    }

    /** The composite procedure in element n: qualifier, code, up to four modifiers. */
    static Procedure procedure(Segment svc, int n) {
        List<String> parts = svc.components(n);
        if (parts.size() < 2 || parts.get(0).isEmpty() || parts.get(1).isEmpty()) {
            throw svc.problem(svc.name(n) + " '" + svc.element(n)
                    + "' is not a procedure: it needs a qualifier and a code, e.g. HC:99213");
        }
        var modifiers = parts.subList(2, Math.min(parts.size(), 6)).stream().filter(m -> !m.isEmpty()).toList();
        return new Procedure(parts.get(0), parts.get(1), modifiers);
    }
}
