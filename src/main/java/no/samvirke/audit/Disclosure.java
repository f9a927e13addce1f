package no.samvirke.audit;

import java.time.Instant;

/**
 * One row of the disclosure log: who (user, agency) received which items at which level
 * ({@code subject=FULL;description=FULL}), on which legal basis and for what purpose.
 */
public record Disclosure(long auditEntryId, Instant occurredAt, String username, String agency, String items,
                         String legalBasis, String purpose) {
}
