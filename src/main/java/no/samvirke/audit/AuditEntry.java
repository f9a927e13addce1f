package no.samvirke.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One link of the append-only audit chain. {@code items} lists each item with its level
 * ({@code subject=ANONYMISED;description=FULL}); {@code legalBasis} the references used.
 * {@code hash} is HMAC-SHA256 (key outside the database) over all other fields and {@code prevHash}.
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String username,
        String agency,
        UUID caseId,
        AuditAction action,
        String items,
        String legalBasis,
        String purpose,
        String remoteAddress,
        String beforeValue,
        String afterValue,
        String prevHash,
        String hash) {
}
