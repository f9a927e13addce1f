package no.samvirke.audit.web;

import java.util.List;
import no.samvirke.platform.CsvWriter;
import no.samvirke.audit.AuditEntry;

/**
 * The audit trail as CSV (RFC 4180, UTF-8, comma separated, every non-empty cell quoted), written
 * by {@link CsvWriter}: a cell that a spreadsheet would take for a formula (a purpose or a search
 * term starting with =, +, -, @) gets a leading apostrophe.
 */
final class AuditCsv {

    static final String FILENAME = "revisjonslogg.csv";
    private static final List<String> HEADER = List.of("id", "occurredAt", "username", "agency", "caseId", "action",
            "items", "legalBasis", "purpose", "remoteAddress", "beforeValue", "afterValue", "prevHash", "hash");

    private AuditCsv() {
    }

    /** The writer for an export, the header written: {@link #rows} follows, a page at a time. */
    static CsvWriter start(Appendable out) {
        CsvWriter csv = CsvWriter.commasQuoted(out);
        csv.row(HEADER);
        return csv;
    }

    static void rows(CsvWriter csv, List<AuditEntry> entries) {
        for (AuditEntry e : entries) {
            csv.row(e.id(), e.occurredAt(), e.username(), e.agency(), e.caseId(), e.action(), e.items(),
                    e.legalBasis(), e.purpose(), e.remoteAddress(), e.beforeValue(), e.afterValue(), e.prevHash(),
                    e.hash());
        }
    }
}
