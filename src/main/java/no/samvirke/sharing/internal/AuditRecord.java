package no.samvirke.sharing.internal;

import java.util.Objects;
import java.util.UUID;
import no.samvirke.sharing.AuditAction;

/** What is to be appended; the appender adds id, time, remote address and the hashes. */
record AuditRecord(String username, String agency, UUID caseId, AuditAction action, String items,
                   String legalBasis, String purpose, String beforeValue, String afterValue) {

    static final int PURPOSE_MAX = 200;

    AuditRecord {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(legalBasis, "legalBasis");
        if (purpose == null || purpose.isBlank() || purpose.length() > PURPOSE_MAX) {
            throw new IllegalArgumentException("purpose must be 1.." + PURPOSE_MAX + " characters");
        }
    }

    static AuditRecord read(String username, String agency, UUID caseId, String items, String legalBasis,
                            String purpose) {
        return new AuditRecord(username, agency, caseId, AuditAction.READ, items, legalBasis, purpose, null, null);
    }
}
