package no.samvirke.notification;

import java.util.List;
import java.util.UUID;

/**
 * Published in the recording transaction when a notification has reached the municipality:
 * the SLT coordinator acknowledged the handoff to the municipality, or the municipality itself
 * recorded the notification (it learned first). The follow-up the routine starts (family
 * follow-up, returnee follow-up) reacts to it. Ids and routing values only, never personal data.
 *
 * @param notificationId the notification
 * @param caseId         the municipal case the notification is linked to (existing or opened for it)
 * @param type           outbound travel, return or death
 * @param municipalityCode the municipality that received it
 * @param personCaseIds  every case of the same person in that municipality, including {@code caseId}
 */
public record NotificationReachedMunicipality(
        UUID notificationId,
        UUID caseId,
        NotificationType type,
        String municipalityCode,
        List<UUID> personCaseIds) {

    public NotificationReachedMunicipality {
        personCaseIds = List.copyOf(personCaseIds);
    }
}
