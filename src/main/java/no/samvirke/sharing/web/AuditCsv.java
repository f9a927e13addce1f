package no.samvirke.sharing.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.samvirke.sharing.AuditEntry;

/**
 * The audit trail as CSV (RFC 4180, UTF-8, comma separated). Every cell is quoted; a cell that
 * a spreadsheet would take for a formula (=, +, -, @) gets a leading apostrophe.
 */
final class AuditCsv {

    static final String FILENAME = "revisjonslogg.csv";
    private static final String HEADER = "id,occurredAt,username,agency,caseId,action,items,legalBasis,purpose,"
            + "remoteAddress,beforeValue,afterValue,prevHash,hash";

    private AuditCsv() {
    }

    static String of(List<AuditEntry> entries) {
        return HEADER + "\r\n" + lines(entries);
    }

    /** The header line, for a streamed export ({@link #lines} follows, a page at a time). */
    static String header() {
        return HEADER + "\r\n";
    }

    static String lines(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder();
        entries.forEach(e -> csv.append(line(e)).append("\r\n"));
        return csv.toString();
    }

    private static String line(AuditEntry e) {
        return Stream.of(e.id(), e.occurredAt(), e.username(), e.agency(), e.caseId(), e.action(), e.items(),
                        e.legalBasis(), e.purpose(), e.remoteAddress(), e.beforeValue(), e.afterValue(), e.prevHash(),
                        e.hash())
                .map(AuditCsv::cell).collect(Collectors.joining(","));
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
