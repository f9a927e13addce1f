package no.samvirke.sharing.internal;

import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.audit.AuditAction;
import org.springframework.stereotype.Component;
import no.samvirke.audit.AuditRecord;
import no.samvirke.audit.AuditAppender;

/**
 * Records a refused read (the gate said no, the user gets 404): who, which case id, what was asked
 * (the read's purpose). In a transaction of its own, so it stays although the request ends in an
 * error. Nothing about the case is read to write it: the id is the one the user asked for.
 */
@Component
class RefusalAudit {

    static final String ITEMS = "access=REFUSED";
    static final String BASIS = "ingen: utenfor sakens kjernegruppe, SLT og ressurspersoner (tilgangskontroll)";

    private final AuditAppender appender;

    RefusalAudit(AuditAppender appender) {
        this.appender = appender;
    }

    void record(UUID caseId, CurrentUser viewer, String asked) {
        String purpose = asked == null || asked.isBlank() ? "unknown" : asked;
        purpose = purpose.length() <= AuditRecord.PURPOSE_MAX ? purpose : purpose.substring(0, AuditRecord.PURPOSE_MAX);
        appender.append(new AuditRecord(viewer.username(), viewer.agency().name(), caseId, AuditAction.REFUSED,
                ITEMS, BASIS, purpose, null, null));
    }
}
