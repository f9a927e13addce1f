package no.samvirke.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.samvirke.intake.Category;

/**
 * One row of the case list as one viewer may see it. {@code subjectName} and
 * {@code subjectBirthDate} are null unless the viewer's identity level on this case is FULL
 * ({@code identityVisible}); the reference, phase and deadline are known to everyone who may
 * see the case.
 */
public record CaseRow(
        UUID caseId,
        String reference,
        String municipalityCode,
        Category category,
        CasePhase primaryPhase,
        Set<CasePhase> phases,
        Instant nextDeadline,
        LocalDate nextReview,
        Instant registeredAt,
        boolean acuteDanger,
        boolean identityVisible,
        String subjectName,
        LocalDate subjectBirthDate) {
}
