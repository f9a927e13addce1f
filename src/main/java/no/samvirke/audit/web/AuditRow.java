package no.samvirke.audit.web;

import java.time.format.DateTimeFormatter;
import no.samvirke.audit.AuditEntry;

/** One audit entry as the page shows it (time in Norwegian time, short hash). */
record AuditRow(long id, String occurredAt, String username, String agency, String caseId, String action,
                String items, String legalBasis, String purpose, String remoteAddress, String hash) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(AuditFilterForm.NORWAY);

    static AuditRow of(AuditEntry e) {
        return new AuditRow(e.id(), TIME.format(e.occurredAt()), e.username(), e.agency(), e.caseId() == null ? null : e.caseId().toString(),
                e.action().name(), e.items(), e.legalBasis(), e.purpose(), e.remoteAddress(),
                e.hash().substring(0, 12));
    }
}
