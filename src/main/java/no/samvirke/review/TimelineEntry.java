package no.samvirke.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import no.samvirke.identity.Agency;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.platform.WorkingDays;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.DisclosureLevel;

/**
 * One line of a case's timeline as one viewer may read it: who recorded what, when, and why.
 * The free text (reasons, measures, police reference) is as sharing disclosed it for the
 * author's service ({@code access}): scrubbed of the subject's identity, or null at NONE.
 */
public record TimelineEntry(
        UUID id,
        Instant recordedAt,
        String taskKey,
        String username,
        ServiceUnit service,
        Agency agency,
        String outcome,
        String reasons,
        String discussionMode,
        String measures,
        ServiceUnit responsibleService,
        LocalDate reviewDate,
        String policeReference,
        Access access) {

    /** When, in Norwegian time, for display. */
    public LocalDateTime recordedAtLocal() {
        return LocalDateTime.ofInstant(recordedAt, WorkingDays.OSLO);
    }

    /** The free text is withheld from this viewer. */
    public boolean textWithheld() {
        return access.level() == DisclosureLevel.NONE;
    }
}
