package no.samvirke.audit;

import java.time.Instant;
import java.util.UUID;

/** Filter for the privacy officer's list of audit entries; null fields do not filter. */
public record AuditQuery(UUID caseId, String username, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null);
    }
}
