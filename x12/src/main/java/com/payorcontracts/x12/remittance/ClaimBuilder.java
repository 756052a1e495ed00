package com.payorcontracts.x12.remittance;

import com.payorcontracts.x12.Segment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Collects one CLP loop (2100) and its service lines into a {@link ClaimPayment}, dropping personal data
 * as it goes: nothing personal is ever stored, so nothing can leak from the result.
 */
final class ClaimBuilder {

    /** NM1 entities that are people covered by the claim: patient, insured, corrected patient, other subscriber. */
    private static final Set<String> PEOPLE = Set.of("QC", "IL", "74", "GB");
    /** NM108 qualifiers of personal ids: member id, SSN, unique health id, Medicare HIC number. */
    private static final Set<String> PERSONAL_ID_QUALIFIERS = Set.of("MI", "34", "II", "HN");

    private final Segment clp;
    private final String headerNumber;
    private final Consumer<ReadWarning> warnings;
    private ClaimDates dates = ClaimDates.NONE;
    private boolean patientSegmentPresent;
    private final List<ClaimEntity> entities = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<String> remarkCodes = new ArrayList<>();
    private final List<Adjustment> adjustments = new ArrayList<>();
    private final List<Amount> amounts = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<ServiceLine> lines = new ArrayList<>();
    private LineBuilder line;

    ClaimBuilder(Segment clp, String headerNumber, Consumer<ReadWarning> warnings) {
        this.clp = clp;
        this.headerNumber = headerNumber;
        this.warnings = warnings;
        // Validate the money now so the error points at the CLP, not at whatever segment ends the claim.
        clp.required(1, "patient control number");
        clp.required(2, "claim status");
        clp.decimal(3, "total claim charge");
        clp.decimal(4, "claim payment amount");
        clp.optionalDecimal(5, "patient responsibility");
    }

    /** Claim-level segments; once a line is open, CAS/REF/DTM/AMT/QTY/LQ belong to the line. */
    void accept(Segment segment) {
        if (line != null && isLineSegment(segment.id())) {
            line.accept(segment);
            return;
        }
        switch (segment.id()) {
            case "SVC" -> startLine(segment);
            case "CAS" -> adjustments.addAll(Segments.adjustments(segment));
            case "NM1" -> entity(segment);
            case "MIA" -> remarks(segment, 5, 20, 21, 22, 23);
            case "MOA" -> remarks(segment, 3, 4, 5, 6, 7);
            case "REF" -> {
                Reference reference = Segments.reference(segment);
                if (!Segments.isPersonal(reference)) {
                    references.add(reference);
                }
            }
            case "DTM" -> date(segment);
            case "AMT" -> amounts.add(Segments.amount(segment));
            case "QTY" -> quantities.add(Segments.quantity(segment));
            case "LQ" -> throw segment.problem("LQ outside a service line: no SVC before it in this claim");
            default -> throw new IllegalArgumentException(segment + " does not belong to a claim");
        }
    }

    private static boolean isLineSegment(String id) {
        return switch (id) {
            case "DTM", "CAS", "REF", "AMT", "QTY", "LQ" -> true;
            default -> false;
        };
    }

    private void startLine(Segment svc) {
        closeLine();
        line = new LineBuilder(svc, warnings);
    }

    private void closeLine() {
        if (line != null) {
            lines.add(line.build());
            line = null;
        }
    }

    private void entity(Segment nm1) {
        String code = nm1.required(1, "entity identifier code");
        if (code.equals("QC")) {
            patientSegmentPresent = true;
        }
        String qualifier = nm1.optional(8);
        if (PEOPLE.contains(code) || (qualifier != null && PERSONAL_ID_QUALIFIERS.contains(qualifier))) {
            entities.add(new ClaimEntity(code, null, null));
        } else {
            entities.add(new ClaimEntity(code, qualifier, nm1.optional(9)));
        }
    }

    private void remarks(Segment segment, int... positions) {
        for (int n : positions) {
            if (segment.has(n)) {
                remarkCodes.add(segment.element(n));
            }
        }
    }

    private void date(Segment dtm) {
        switch (dtm.required(1, "date qualifier")) {
            case "050" -> dates = new ClaimDates(dtm.date(2, "received date"), dates.statementFrom(),
                    dates.statementTo(), dates.coverageExpiration());
            case "232" -> dates = new ClaimDates(dates.received(), dtm.date(2, "statement period start"),
                    dates.statementTo(), dates.coverageExpiration());
            case "233" -> dates = new ClaimDates(dates.received(), dates.statementFrom(),
                    dtm.date(2, "statement period end"), dates.coverageExpiration());
            case "036" -> dates = new ClaimDates(dates.received(), dates.statementFrom(), dates.statementTo(),
                    dtm.date(2, "coverage expiration date"));
            default -> {
                // other claim dates carry nothing the remittance model needs
            }
        }
    }

    ClaimPayment build() {
        closeLine();
        BigDecimal patientResponsibility = clp.optionalDecimal(5, "patient responsibility");
        return new ClaimPayment(clp.position(), headerNumber, clp.element(1), clp.element(2),
                clp.decimal(3, "total claim charge"), clp.decimal(4, "claim payment amount"),
                patientResponsibility != null ? patientResponsibility : BigDecimal.ZERO,
                clp.optional(6), clp.optional(7), clp.optional(8), clp.optional(9), dates, patientSegmentPresent,
                entities, references, remarkCodes, adjustments, amounts, quantities, lines);
    }
}
