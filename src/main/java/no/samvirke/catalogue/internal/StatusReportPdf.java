package no.samvirke.catalogue.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import no.samvirke.catalogue.Measure;
import no.samvirke.catalogue.Party;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The status report as PDF (Apache PDFBox), in the seed's structure: title, legend, then per area its
 * measures with responsible (municipality on grey, police on blue, always named), status and
 * recommendation. Labels come from {@code labels} (message keys, so the PDF is in the user's language).
 */
public final class StatusReportPdf {

    static final Color GREY = new Color(0xe3, 0xe3, 0xe3);
    static final Color BLUE = new Color(0x1f, 0x4e, 0x96);

    private StatusReportPdf() {
    }

    /** Message lookup in the reader's language. */
    @FunctionalInterface
    public interface Labels {
        String apply(String key, Object... args);
    }

    public static byte[] write(StatusReport report, Labels labels) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfWriter pdf = new PdfWriter(document, new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                    new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
            pdf.paragraph(labels.apply("catalogue.report.heading", report.period()), 16, true);
            pdf.paragraph(report.plan().title(), 11, false);
            pdf.paragraph(labels.apply("catalogue.report.legend"), 9, false);
            for (StatusReport.Section section : report.sections()) {
                pdf.space(8);
                pdf.paragraph(section.area(), 14, true);
                section.rows().forEach(row -> measure(pdf, row, labels));
            }
            pdf.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void measure(PdfWriter pdf, StatusReport.Row row, Labels labels) {
        Measure m = row.measure();
        pdf.space(6);
        pdf.paragraph(labels.apply("catalogue.measure.title", m.number(), m.title()), 11, true);
        pdf.paragraph(m.description(), 9, false);
        for (Party party : m.responsible().parties()) {
            pdf.badge(labels.apply("catalogue.party." + party), party == Party.POLICE ? BLUE
                    : party == Party.PST ? Color.WHITE : GREY, party == Party.POLICE ? Color.WHITE : Color.BLACK);
        }
        if (m.responsible().unit() != null) {
            pdf.paragraph(m.responsible().unit(), 9, false);
        }
        if (!m.partners().isEmpty()) {
            pdf.paragraph(labels.apply("catalogue.partners") + ": " + String.join(", ", m.partners()), 9, false);
        }
        pdf.paragraph(labels.apply("catalogue.status.heading") + ": " + row.status()
                .map(s -> labels.apply("catalogue.status." + s.status()) + " – " + s.text()).orElse("–"), 9, false);
        Measure.Recommendation r = m.recommendation();
        pdf.paragraph(labels.apply("catalogue.recommendation") + ": " + labels.apply("catalogue.decision." + r.decision())
                + (r.mergedWith().isEmpty() ? "" : " (" + PlanStore.join(r.mergedWith()) + ")")
                + (r.renamedTo() == null ? "" : " → " + r.renamedTo()) + ". " + r.text(), 9, false);
    }
}
