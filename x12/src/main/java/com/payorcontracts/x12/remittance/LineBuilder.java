package com.payorcontracts.x12.remittance;

import com.payorcontracts.x12.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects one SVC loop (2110) into a {@link ServiceLine}. */
final class LineBuilder {

    private final Segment svc;
    private final Procedure procedure;
    private final BigDecimal charge;
    private final BigDecimal paid;
    private final BigDecimal units;
    private final Procedure originalProcedure;
    private LocalDate serviceFrom;
    private LocalDate serviceTo;
    private final List<Adjustment> adjustments = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<Amount> amounts = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<Remark> remarks = new ArrayList<>();

    LineBuilder(Segment svc, Consumer<ReadWarning> warnings) {
        this.svc = svc;
        this.procedure = Segments.procedure(svc, 1);
        this.charge = amountOrZero(svc, 2, "line charge", warnings);
        this.paid = amountOrZero(svc, 3, "line paid", warnings);
        // The guide: "If not present, the value is assumed to be one."
        BigDecimal writtenUnits = svc.optionalDecimal(5, "units of service paid");
        this.units = writtenUnits != null ? writtenUnits : BigDecimal.ONE;
        this.originalProcedure = svc.has(6) ? Segments.procedure(svc, 6) : null;
    }

    // SVC02 and SVC03 are required, but payers do send informational lines without money (the Blue
    // Cross NC sample has one). Reading them as zero keeps the line and its claim's totals, which never
    // counted it, consistent; the warning keeps the deviation visible.
    private static BigDecimal amountOrZero(Segment svc, int n, String meaning, Consumer<ReadWarning> warnings) {
        BigDecimal amount = svc.optionalDecimal(n, meaning);
        if (amount != null) {
            return amount;
        }
        warnings.accept(new ReadWarning(svc.position(), svc.id(), svc.name(n) + " (" + meaning + ") is blank; read as 0"));
        return BigDecimal.ZERO;
    }

    void accept(Segment segment) {
        switch (segment.id()) {
            case "DTM" -> date(segment);
            case "CAS" -> adjustments.addAll(Segments.adjustments(segment));
            case "REF" -> {
                Reference reference = Segments.reference(segment);
                if (!Segments.isPersonal(reference)) {
                    references.add(reference);
                }
            }
            case "AMT" -> amounts.add(Segments.amount(segment));
            case "QTY" -> quantities.add(Segments.quantity(segment));
            case "LQ" -> remarks.add(Segments.remark(segment));
            default -> throw new IllegalArgumentException(segment + " does not belong to a service line");
        }
    }

    private void date(Segment dtm) {
        switch (dtm.required(1, "date qualifier")) {
            case "472" -> {
                serviceFrom = dtm.date(2, "service date");
                serviceTo = serviceFrom;
            }
            case "150" -> serviceFrom = dtm.date(2, "service period start");
            case "151" -> serviceTo = dtm.date(2, "service period end");
            default -> {
                // other line dates carry nothing the remittance model needs
            }
        }
    }

    ServiceLine build() {
        return new ServiceLine(svc.position(), procedure, charge, paid, svc.optional(4), units, originalProcedure,
                serviceFrom, serviceTo, adjustments, references, amounts, quantities, remarks);
    }
}
