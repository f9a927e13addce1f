package no.samvirke.audit.internal;

import no.samvirke.intake.ConcernRegistered;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.personal.ConcernRecord;
import no.samvirke.intake.personal.ConcernRecords;
import no.samvirke.identity.Users;
import no.samvirke.audit.AuditAction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import no.samvirke.audit.AuditRecord;

/**
 * Records a registration as a CHANGE in the registering transaction (appended at its commit,
 * gone if it rolls back). The after value says which items were stored, never what they say:
 * {@code subject=named;description=42 chars}.
 */
@Component
class RegistrationAudit {

    static final String ITEMS = "subject;description";
    static final String PURPOSE = "intake:register";
    static final String LEGAL_BASIS = "Registrering av bekymring i egen tjeneste (personvernforordningen art. 6 nr. 1 e)";

    /** Looked up when needed, so that tests which replace intake's beans with mocks still start. */
    private final ObjectProvider<ConcernRecords> records;
    private final Users users;
    private final DefaultAuditTrail trail;

    RegistrationAudit(ObjectProvider<ConcernRecords> records, Users users, DefaultAuditTrail trail) {
        this.records = records;
        this.users = users;
        this.trail = trail;
    }

    /** Nothing is recorded for an event without a stored concern: then nothing personal was written. */
    @EventListener
    void on(ConcernRegistered event) {
        ConcernRecords concernRecords = records.getIfAvailable();
        if (concernRecords != null) {
            concernRecords.find(event.concernId()).ifPresent(this::record);
        }
    }

    private void record(ConcernRecord record) {
        ConcernSummary summary = record.summary();
        String agency = users.find(summary.reporterUsername()).map(u -> u.agency().name())
                .orElse(summary.reporterService().agency().name());
        trail.record(new AuditRecord(summary.reporterUsername(), agency, summary.id(), AuditAction.CHANGE, ITEMS,
                LEGAL_BASIS, PURPOSE, null, after(record)));
    }

    static String after(ConcernRecord record) {
        String subject = record.summary().anonymous() ? "anonymous" : "named";
        int length = record.description() == null ? 0 : record.description().length();
        return "subject=" + subject + ";description=" + length + " chars";
    }
}
