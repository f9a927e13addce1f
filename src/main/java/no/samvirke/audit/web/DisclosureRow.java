package no.samvirke.audit.web;

import java.time.format.DateTimeFormatter;
import no.samvirke.audit.Disclosure;

/** One disclosure as the page shows it (time in Norwegian time). */
record DisclosureRow(long auditEntryId, String occurredAt, String username, String agency, String items,
                     String legalBasis, String purpose) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(AuditFilterForm.NORWAY);

    static DisclosureRow of(Disclosure d) {
        return new DisclosureRow(d.auditEntryId(), TIME.format(d.occurredAt()), d.username(), d.agency(), d.items(),
                d.legalBasis(), d.purpose());
    }
}
