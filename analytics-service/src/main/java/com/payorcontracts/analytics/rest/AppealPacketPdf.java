package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.domain.AppealPacket;
import com.payorcontracts.analytics.domain.AppealPacketSet;
import com.payorcontracts.analytics.domain.ExpectedAmountSteps;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Appeal packets as PDF (Apache PDFBox): one packet, or a payor's set (a summary page, then each
 * packet from a new page). Plain text in the standard Helvetica fonts, so the figures read back
 * exactly as they are written.
 */
@Provider
@Produces(AppealPacketPdf.PDF)
public class AppealPacketPdf implements MessageBodyWriter<Object> {

    public static final String PDF = "application/pdf";

    private static final float MARGIN = 54;
    private static final float LEADING = 13;
    private static final int WRAP = 95;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return (type == AppealPacket.class || type == AppealPacketSet.class)
                && mediaType.isCompatible(MediaType.valueOf(PDF));
    }

    @Override
    public void writeTo(Object packet, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException, WebApplicationException {
        out.write(render(packet));
    }

    /** The PDF's bytes. */
    public static byte[] render(Object packetOrSet) throws IOException {
        try (PDDocument document = new PDDocument()) {
            Writer writer = new Writer(document);
            if (packetOrSet instanceof AppealPacketSet set) {
                summary(writer, set);
                for (AppealPacket packet : set.packets()) {
                    writer.newPage();
                    packet(writer, packet);
                }
            } else {
                packet(writer, (AppealPacket) packetOrSet);
            }
            writer.close();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void summary(Writer w, AppealPacketSet set) throws IOException {
        w.title("Appeal packets: open underpayments");
        w.line("Payor: " + set.payorId());
        w.line("Prepared: " + set.preparedOn());
        w.line("Packets: " + set.count());
        w.line("Total variance: " + money(set.totalVariance()));
        w.line("Total late-payment interest owed: " + money(set.totalInterestOwed()));
        w.gap();
        for (AppealPacket packet : set.packets()) {
            w.line("Underpayment " + packet.underpaymentId() + ": claim " + packet.claim().claimId() + " line "
                    + packet.claim().lineNo() + " " + packet.claim().code() + ", variance " + money(packet.variance())
                    + ", appeal by " + text(packet.appealBy()));
        }
    }

    private static void packet(Writer w, AppealPacket p) throws IOException {
        w.title("Appeal of underpayment " + p.underpaymentId());
        w.line("Prepared: " + p.preparedOn() + "    Status: " + p.status());
        w.heading("Provider");
        w.line("Name: " + text(p.provider().name()) + "    TIN: " + text(p.provider().tin()) + "    NPI: "
                + text(p.provider().npi()));
        w.heading("Payor");
        w.line("Payor id: " + p.payor().payorId());
        w.line("Payer: " + text(p.payor().payerName()) + " (" + text(p.payor().payerId()) + ")");
        AppealPacket.ClaimFacts claim = p.claim();
        w.heading("Claim");
        w.line("Provider claim id: " + claim.claimId() + "    Payer claim number: " + text(claim.payerClaimNumber()));
        w.line("Dates of service: " + claim.firstDateOfService() + " to " + claim.lastDateOfService());
        w.line("Line " + claim.lineNo() + ": " + claim.code()
                + (claim.modifiers().isEmpty() ? "" : " modifiers " + String.join(",", claim.modifiers()))
                + ", " + claim.units() + " unit(s), place of service " + text(claim.placeOfService())
                + ", date of service " + claim.dateOfService() + ", billed " + money(claim.billed()));
        AppealPacket.ContractClause c = p.contract();
        w.heading("Contract clause applied");
        w.line("Contract: " + text(c.name()) + " (" + c.contractId() + "), version " + c.contractVersion());
        w.line("Terms in force: from " + c.termsEffectiveFrom() + " to " + text(c.termsEffectiveTo()) + ", "
                + text(c.termsSource()) + (c.amendmentId() == null ? "" : " amendment " + c.amendmentId()));
        w.line("Rate line: " + text(c.rateLine()) + "    Method: " + text(c.method())
                + (c.rateAmount() == null ? "" : "    Rate: " + money(c.rateAmount()))
                + (c.ratePercent() == null ? "" : "    Percent: " + c.ratePercent().stripTrailingZeros().toPlainString() + "%")
                + "    Rule: " + c.rule());
        if (c.escalator() != null) {
            w.line("Escalator: " + c.escalator().annualPercent().stripTrailingZeros().toPlainString() + "% a year from "
                    + c.escalator().firstAnniversary() + ", " + c.escalator().years() + " year(s)");
        }
        if (c.lesserOfPercent() != null) {
            w.line("Lesser of: " + c.lesserOfPercent().stripTrailingZeros().toPlainString() + "% of billed charges");
        }
        w.heading("Expected amount, step by step");
        int n = 0;
        for (ExpectedAmountSteps.Step step : p.expected().steps()) {
            w.line((++n) + ". " + step.description() + (step.amount() == null ? "" : " = " + money(step.amount())));
        }
        w.line("Expected: " + money(p.expected().amount()));
        AppealPacket.Payment paid = p.payment();
        w.heading("Paid (835)");
        w.line("Payment date: " + text(paid.paymentDate()) + "    Trace: " + String.join(", ", paid.traceNumbers()));
        w.line("Paid: " + money(paid.paid()) + "    Patient responsibility: " + money(paid.patientResponsibility())
                + "    Allowed: " + money(paid.allowed()));
        List<String> adjustments = new ArrayList<>();
        for (AppealPacket.Adjustment adjustment : paid.adjustments()) {
            adjustments.add(adjustment.group() + "-" + adjustment.reason() + " " + money(adjustment.amount()));
        }
        w.line("Adjustments (CARC): " + (adjustments.isEmpty() ? "none" : String.join("; ", adjustments)));
        w.line("Remarks (RARC): " + (paid.remarkCodes().isEmpty() ? "none" : String.join(", ", paid.remarkCodes())));
        w.heading("Variance");
        w.line("Paid + patient responsibility - expected: " + money(paid.paid()) + " + "
                + money(paid.patientResponsibility()) + " - " + money(p.expected().amount()) + " = " + money(p.variance()));
        AppealPacket.LateInterest late = p.lateInterest();
        w.heading("Late payment");
        w.line("Received: " + text(late.receivedDate()) + "    Paid: " + text(late.paymentDate()) + "    Days to pay: "
                + text(late.daysToPay()) + "    Clean-claim days: " + text(late.cleanClaimDays()));
        w.line("Late days: " + text(late.lateDays()) + "    Interest rate: "
                + (late.annualPercent() == null ? "none" : late.annualPercent().stripTrailingZeros().toPlainString() + "% a year")
                + "    Claim paid: " + money(late.claimPaid()) + "    Interest owed: " + money(late.interestOwed()));
        w.heading("Appeal by");
        w.line(text(p.appealBy()) + (p.appealWindowDays() == null ? ""
                : " (" + p.appealWindowDays() + " days from the payment date)"));
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "n/a" : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String text(Object value) {
        return value == null ? "n/a" : Objects.toString(value);
    }

    /** Lines of text down the pages, a new page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        void title(String text) throws IOException {
            write(bold, 14, text);
            gap();
        }

        void heading(String text) throws IOException {
            gap();
            write(bold, 11, text);
        }

        void line(String text) throws IOException {
            String rest = text;
            while (rest.length() > WRAP) {
                int cut = rest.lastIndexOf(' ', WRAP);
                cut = cut <= 0 ? WRAP : cut;
                write(regular, 9.5f, rest.substring(0, cut));
                rest = "    " + rest.substring(cut).strip();
            }
            write(regular, 9.5f, rest);
        }

        void gap() {
            y -= LEADING / 2;
        }

        private void write(PDType1Font font, float size, String text) throws IOException {
            if (y < MARGIN) {
                newPage();
            }
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(encodable(font, text));
            stream.endText();
            y -= LEADING;
        }

        /** Characters the standard font cannot show become '?', rather than failing the document. */
        private static String encodable(PDType1Font font, String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }
}
