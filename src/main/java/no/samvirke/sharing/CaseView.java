package no.samvirke.sharing;

import java.time.LocalDate;
import no.samvirke.intake.ConcernSummary;

/**
 * A concern as one viewer may see it. Fields the viewer may not see are null; the
 * {@link Access} of each item says at which level it was disclosed and why.
 */
public record CaseView(
        ConcernSummary summary,
        String subjectName,
        LocalDate subjectBirthDate,
        String subjectNationalId,
        Access subjectAccess,
        String description,
        Access descriptionAccess) {

    public boolean subjectVisible() {
        return subjectAccess.level() == DisclosureLevel.FULL;
    }
}
