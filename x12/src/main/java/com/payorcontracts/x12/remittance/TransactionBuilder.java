package com.payorcontracts.x12.remittance;

import com.payorcontracts.x12.Segment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the segments between one ST and its SE into a {@link RemittanceAdvice}, enforcing the loop
 * order the 835 needs to be read unambiguously (BPR first, claims before PLB, lines inside claims).
 * Segments the model does not use (N3, N4, PER, RDM, TS3, TS2, CUR, ...) are skipped.
 */
final class TransactionBuilder {

    /** Where in the transaction the last segment was, which decides what REF, DTM, CAS... belong to. */
    private enum Section { AWAITING_BPR, HEADER, PAYER, PAYEE, HEADER_NUMBER, CLAIM, PROVIDER_ADJUSTMENTS }

    private final Segment st;
    private final Envelope envelope;
    private Section section = Section.AWAITING_BPR;
    private Payment payment;
    private Trace trace;
    private LocalDate productionDate;
    private final List<Reference> references = new ArrayList<>();
    private Segment payerN1;
    private final List<Reference> payerReferences = new ArrayList<>();
    private Segment payeeN1;
    private final List<Reference> payeeReferences = new ArrayList<>();
    private String headerNumber;
    private ClaimBuilder claim;
    private final List<ClaimPayment> claims = new ArrayList<>();
    private final List<ProviderAdjustment> providerAdjustments = new ArrayList<>();
    private final List<ReadWarning> warnings = new ArrayList<>();

    TransactionBuilder(Segment st, Envelope envelope) {
        this.st = st;
        this.envelope = envelope;
    }

    Segment start() {
        return st;
    }

    void accept(Segment segment) {
        warnIfTooLong(segment);
        if (section == Section.AWAITING_BPR) {
            if (!segment.id().equals("BPR")) {
                throw segment.problem("missing BPR: an 835 transaction must open with its BPR right after ST");
            }
            payment = payment(segment);
            section = Section.HEADER;
            return;
        }
        if (section == Section.PROVIDER_ADJUSTMENTS && !segment.id().equals("PLB") && isLoopSegment(segment.id())) {
            throw segment.problem(segment.id() + " after PLB: provider adjustments close the transaction");
        }
        switch (segment.id()) {
            case "BPR" -> throw segment.problem("second BPR in one transaction");
            case "TRN" -> trace(segment);
            case "N1" -> party(segment);
            case "LX" -> {
                closeClaim();
                headerNumber = segment.required(1, "assigned number");
                section = Section.HEADER_NUMBER;
            }
            case "CLP" -> {
                closeClaim();
                claim = new ClaimBuilder(segment, headerNumber, warnings::add);
                section = Section.CLAIM;
            }
            case "PLB" -> {
                closeClaim();
                providerAdjustments.addAll(Segments.providerAdjustments(segment));
                section = Section.PROVIDER_ADJUSTMENTS;
            }
            case "REF" -> reference(segment);
            case "DTM" -> date(segment);
            case "SVC", "CAS", "NM1", "MIA", "MOA", "AMT", "QTY", "LQ" -> claimSegment(segment);
            default -> {
                // addresses, contacts and provider summaries: nothing the remittance model keeps
            }
        }
    }

    private static boolean isLoopSegment(String id) {
        return switch (id) {
            case "TRN", "N1", "LX", "CLP", "REF", "DTM", "SVC", "CAS", "NM1", "MIA", "MOA", "AMT", "QTY", "LQ" -> true;
            default -> false;
        };
    }

    private void warnIfTooLong(Segment segment) {
        Integer max = Segments.MAX_ELEMENTS.get(segment.id());
        if (max != null && segment.elementCount() > max) {
            warnings.add(new ReadWarning(segment.position(), segment.id(), segment.id() + " has "
                    + segment.elementCount() + " elements where the 835 defines " + max + "; the extra ones are ignored"));
        }
    }

    private static Payment payment(Segment bpr) {
        return new Payment(bpr.position(), bpr.required(1, "transaction handling code"),
                bpr.decimal(2, "total actual provider payment"), bpr.optional(3), bpr.required(4, "payment method"),
                bpr.optional(5), bpr.date(16, "payment date"));
    }

    private void trace(Segment trn) {
        if (trace != null) {
            throw trn.problem("second TRN in one transaction");
        }
        if (section != Section.HEADER) {
            throw trn.problem("TRN must come before the payer, payee and claims");
        }
        trace = new Trace(trn.required(1, "trace type"), trn.required(2, "check or EFT trace number"),
                trn.optional(3), trn.optional(4));
    }

    private void party(Segment n1) {
        if (section != Section.HEADER && section != Section.PAYER && section != Section.PAYEE) {
            throw n1.problem("N1 after the claims began: payer and payee belong to the transaction header");
        }
        switch (n1.required(1, "entity identifier code")) {
            case "PR" -> {
                if (payerN1 != null) {
                    throw n1.problem("second payer (N1*PR) in one transaction");
                }
                payerN1 = n1;
                section = Section.PAYER;
            }
            case "PE" -> {
                if (payeeN1 != null) {
                    throw n1.problem("second payee (N1*PE) in one transaction");
                }
                payeeN1 = n1;
                section = Section.PAYEE;
            }
            default -> throw n1.problem("N101 '" + n1.element(1) + "' is neither payer (PR) nor payee (PE)");
        }
    }

    private void reference(Segment ref) {
        switch (section) {
            case HEADER -> references.add(Segments.reference(ref));
            case PAYER -> payerReferences.add(Segments.reference(ref));
            case PAYEE -> payeeReferences.add(Segments.reference(ref));
            case CLAIM -> claim.accept(ref);
            default -> throw ref.problem("REF outside the header, payer, payee or a claim");
        }
    }

    private void date(Segment dtm) {
        switch (section) {
            case CLAIM -> claim.accept(dtm);
            case HEADER, PAYER, PAYEE -> {
                if (dtm.required(1, "date qualifier").equals("405")) {
                    productionDate = dtm.date(2, "production date");
                }
            }
            default -> throw dtm.problem("DTM outside the header or a claim");
        }
    }

    private void claimSegment(Segment segment) {
        if (claim == null) {
            throw segment.problem(segment.id() + " without a CLP before it: "
                    + (segment.id().equals("SVC") ? "service lines" : "adjustments, entities and amounts")
                    + " belong to a claim");
        }
        claim.accept(segment);
    }

    private void closeClaim() {
        if (claim != null) {
            claims.add(claim.build());
            claim = null;
        }
    }

    /** Completes the transaction at its SE. */
    RemittanceAdvice build(Segment se) {
        closeClaim();
        if (payment == null) {
            throw se.problem("missing BPR: the transaction has no financial information");
        }
        if (trace == null) {
            throw se.problem("missing TRN: the transaction has no reassociation trace number");
        }
        if (payerN1 == null) {
            throw se.problem("missing payer identification (N1*PR)");
        }
        if (payeeN1 == null) {
            throw se.problem("missing payee identification (N1*PE)");
        }
        String controlNumber = st.element(2);
        if (!se.element(2).equals(controlNumber)) {
            throw se.problem("SE02 '" + se.element(2) + "' does not match ST02 '" + controlNumber + "' of segment "
                    + st.position());
        }
        int counted = se.position() - st.position() + 1;
        var declared = se.decimal(1, "number of included segments");
        if (declared.compareTo(java.math.BigDecimal.valueOf(counted)) != 0) {
            // A wrong count with intact content is a generator defect, not lost data (every loop is
            // still delimited and the money still balances), so it is reported rather than fatal.
            warnings.add(new ReadWarning(se.position(), "SE", "SE01 says " + declared.toPlainString()
                    + " segments, the transaction has " + counted));
        }
        return new RemittanceAdvice(envelope, payment, trace, productionDate, references,
                party(payerN1, payerReferences), party(payeeN1, payeeReferences), claims, providerAdjustments,
                warnings);
    }

    private static Party party(Segment n1, List<Reference> references) {
        return new Party(n1.element(1), n1.optional(2), n1.optional(3), n1.optional(4), references);
    }
}
