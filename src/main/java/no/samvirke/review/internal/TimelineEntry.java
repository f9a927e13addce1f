package no.samvirke.review.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import no.samvirke.identity.Agency;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.platform.WorkingDays;

/** One line of a case's timeline: who recorded what, when, and why. */
public record TimelineEntry(
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
        String policeReference) {

    /** When, in Norwegian time, for display. */
    public LocalDateTime recordedAtLocal() {
        return LocalDateTime.ofInstant(recordedAt, WorkingDays.OSLO);
    }
}
