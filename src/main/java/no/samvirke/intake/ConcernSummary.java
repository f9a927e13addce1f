package no.samvirke.intake;

import java.time.Instant;
import java.util.UUID;
import no.samvirke.identity.ServiceUnit;

/** What may be known about a concern without reading personal data. */
public record ConcernSummary(
        UUID id,
        String reference,
        String municipalityCode,
        Category category,
        ConcernStatus status,
        ServiceUnit reporterService,
        String reporterUsername,
        boolean acuteDanger,
        boolean anonymous,
        boolean subjectInformed,
        boolean consentToShare,
        Instant registeredAt,
        Instant updatedAt,
        Instant closedAt) {
}
