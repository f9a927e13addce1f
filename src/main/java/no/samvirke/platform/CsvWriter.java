package no.samvirke.platform;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one way Samvirke writes CSV (issue 11, path 9), on Apache Commons CSV: RFC 4180 quoting,
 * CRLF between records, and no cell that a spreadsheet would run as a formula. A cell starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * apostrophe (OWASP, "CSV Injection"), so {@code =HYPERLINK(...)} arrives as the text
 * {@code '=HYPERLINK(...)}. Records are written straight to the target as they come, so a long
 * export can stream a page at a time ({@link #flush()} between pages).
 */
public final class CsvWriter implements Flushable {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    private CsvWriter(Appendable out, char delimiter, QuoteMode quoting) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator("\r\n")
                .setQuoteMode(quoting).get();
        try {
            this.printer = new CSVPrinter(out, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Semicolon-separated, quoted where needed: what Norwegian spreadsheets open directly. */
    public static CsvWriter semicolons(Appendable out) {
        return new CsvWriter(out, ';', QuoteMode.MINIMAL);
    }

    /** Comma-separated with every non-empty cell quoted (the audit export's long-standing format). */
    public static CsvWriter commasQuoted(Appendable out) {
        return new CsvWriter(out, ',', QuoteMode.ALL_NON_NULL);
    }

    /** One record; {@code null} is an empty cell, anything else its {@code toString()}, neutralised. */
    public void row(Iterable<?> cells) {
        try {
            for (Object cell : cells) {
                printer.print(cell == null ? null : neutralise(cell.toString()));
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(Object... cells) {
        row(Arrays.asList(cells));
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as a spreadsheet may show it: with a leading apostrophe if it would start a formula. */
    public static String neutralise(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
