package no.samvirke.audit.internal;

import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.EngineAccessLog;
import no.samvirke.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** The engine operator's requests go into the audit trail, as OPERATE entries (ADR 0020). */
@Component
class EngineOperationAudit implements EngineAccessLog {

    private final AuditTrail trail;

    EngineOperationAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void record(CurrentUser operator, String method, String path, int status) {
        trail.recordOperation(operator, method + " " + path, status);
    }
}
