package no.samvirke.notification.log;

import no.samvirke.notification.internal.Escalation;
import no.samvirke.notification.internal.Handoffs;
import no.samvirke.notification.internal.NotificationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samvirke.identity.Agency;
import no.samvirke.notification.NotificationReference;
import no.samvirke.notification.NotificationType;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.DisclosureLevel;

/**
 * A notification as one viewer may see it. The person fields are null unless the sharing gate
 * decided FULL; {@code access} says the level and the legal basis. {@code caseId} (the linked
 * municipal case) is null unless sharing decided the viewer may see that case identified.
 * Handoffs are the log.
 */
public record NotificationView(
        UUID id,
        String reference,
        NotificationType type,
        Agency origin,
        LocalDate eventDate,
        String municipalityCode,
        NotificationStatus status,
        Access access,
        String personName,
        LocalDate personBirthDate,
        String personNationalId,
        UUID caseId,
        LocalDate contactHoldUntil,
        boolean overdue,
        Escalation escalation,
        Instant recordedAt,
        List<HandoffRow> handoffs) {

    /** One handoff of the log. {@code fromUsername} is null where the viewer may not know the PST officer. */
    public record HandoffRow(int seq, Agency fromAgency, String fromUsername, Agency toAgency, String toGroup,
                             Instant sentAt, DisclosureLevel sharedLevel, String legalBasis, Instant dueAt,
                             Escalation escalation, Instant escalatedAt, String acknowledgedBy,
                             Instant acknowledgedAt, boolean overdue) {
    }

    /** Short, non-personal reference for lists and the inbox. */
    public static String referenceOf(UUID id) {
        return NotificationReference.of(id);
    }

    public boolean identified() {
        return access.level() == DisclosureLevel.FULL;
    }
}
