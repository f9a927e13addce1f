package no.samvirke.catalogue.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Flowing text on A4 pages: wrapped paragraphs and coloured, labelled badges. */
final class PdfWriter {

    private static final float MARGIN = 50;
    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream page;
    private float y;

    PdfWriter(PDDocument document, PDFont regular, PDFont bold) {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
        newPage();
    }

    void paragraph(String text, float size, boolean strong) {
        PDFont font = strong ? bold : regular;
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        StringBuilder line = new StringBuilder();
        for (String word : printable(font, text).split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, candidate, size) > width && !line.isEmpty()) {
                write(line.toString(), font, size);
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        write(line.toString(), font, size);
    }

    void badge(String label, Color background, Color foreground) {
        try {
            y -= 2;
            ensure(14);
            float w = width(bold, label, 9) + 8;
            page.setNonStrokingColor(background);
            page.setStrokingColor(Color.DARK_GRAY);
            page.addRect(MARGIN, y - 3, w, 13);
            page.fillAndStroke();
            page.setNonStrokingColor(foreground);
            text(label, bold, 9, MARGIN + 4);
            page.setNonStrokingColor(Color.BLACK);
            y -= 15;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void space(float points) {
        y -= points;
    }

    void close() throws IOException {
        page.close();
    }

    private void write(String line, PDFont font, float size) {
        try {
            ensure(size + 3);
            text(line, font, size, MARGIN);
            y -= size + 3;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(String line, PDFont font, float size, float x) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(line);
        page.endText();
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN) {
            page.close();
            newPage();
        }
    }

    private void newPage() {
        try {
            PDPage next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float width(PDFont font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces characters the standard font cannot encode (WinAnsi) with '?'. */
    private static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                out.append(c);
            } catch (IOException | IllegalArgumentException e) {
                out.append(Character.isWhitespace(cp) ? " " : "?");
            }
        });
        return out.toString();
    }
}
