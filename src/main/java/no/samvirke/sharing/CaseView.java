package no.samvirke.sharing;

import java.time.LocalDate;
import no.samvirke.intake.ConcernSummary;

/**
 * A concern as one viewer may see it. Fields the viewer may not see are null; the
 * {@link Access} of each item says at which level it was disclosed and why. The description is
 * the reporter's own text only when {@link #descriptionForm()} is AS_WRITTEN; below FULL it is the
 * confirmed text for anonymised discussion, or null with NO_ANONYMISED_TEXT_YET.
 * {@code anonymisedDescription} is that confirmed text (or null) for every viewer who may see the
 * description at all, so that one who reads the reporter's text also sees what the others read.
 */
public record CaseView(
        ConcernSummary summary,
        String subjectName,
        LocalDate subjectBirthDate,
        String subjectNationalId,
        Access subjectAccess,
        String description,
        Access descriptionAccess,
        DescriptionForm descriptionForm,
        String anonymisedDescription) {

    /** True when the viewer may see an anonymised description but none is confirmed yet. */
    public boolean anonymisedDescriptionMissing() {
        return descriptionForm == DescriptionForm.NO_ANONYMISED_TEXT_YET;
    }

    public boolean subjectVisible() {
        return subjectAccess.level() == DisclosureLevel.FULL;
    }
}
