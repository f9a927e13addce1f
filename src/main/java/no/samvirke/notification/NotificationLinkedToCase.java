package no.samvirke.notification;

import java.util.UUID;
import no.samvirke.identity.Agency;

/**
 * Published in the receiving transaction when a notification that reached the municipality was
 * linked to one of the person's cases there (an existing case, or one opened for it), so that the
 * kjernegruppe sees it on the case timeline. Ids and codes only, never personal data.
 *
 * @param openedForIt true when the case was opened for this notification
 * @param receivedBy  the user who acknowledged it for the municipality (or recorded it there)
 */
public record NotificationLinkedToCase(UUID notificationId, UUID caseId, NotificationType type, Agency origin,
                                       boolean openedForIt, String receivedBy) {
}
