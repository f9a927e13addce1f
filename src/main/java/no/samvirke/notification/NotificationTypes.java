package no.samvirke.notification;

import java.util.Optional;
import java.util.UUID;

/**
 * What kind of notification an id names (outbound travel, return, death): a case fact that lives in
 * the notification table, not in the process engine (ADR 0023). No personal data passes through it.
 */
public interface NotificationTypes {

    Optional<NotificationType> typeOf(UUID notificationId);
}
