package no.samvirke.cases.api;

import java.time.Instant;
import java.util.UUID;
import no.samvirke.intake.Category;
import no.samvirke.intake.ConcernStatus;
import no.samvirke.intake.ConcernSummary;

/** The reporter's status-only view: reference, status and dates, never the subject or notes. */
record ReporterJson(UUID id, String reference, Category category, ConcernStatus status, Instant registeredAt,
                    Instant updatedAt, Instant closedAt) {

    static ReporterJson of(ConcernSummary s) {
        return new ReporterJson(s.id(), s.reference(), s.category(), s.status(), s.registeredAt(), s.updatedAt(),
                s.closedAt());
    }
}
