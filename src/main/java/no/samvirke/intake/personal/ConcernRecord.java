package no.samvirke.intake.personal;

import java.time.LocalDate;
import no.samvirke.intake.ConcernSummary;

/**
 * A concern with its personal data. Only the sharing module may read it (it decides and
 * records every disclosure). {@code name}, {@code birthDate} and {@code nationalId} are null
 * when the subject was registered anonymously.
 */
public record ConcernRecord(
        ConcernSummary summary,
        String subjectName,
        LocalDate subjectBirthDate,
        String subjectNationalId,
        String description) {
}
