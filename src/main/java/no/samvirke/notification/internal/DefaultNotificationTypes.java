package no.samvirke.notification.internal;

import java.util.Optional;
import java.util.UUID;
import no.samvirke.notification.NotificationType;
import no.samvirke.notification.NotificationTypes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a notification's type from its row. */
@Component
class DefaultNotificationTypes implements NotificationTypes {

    private final NotificationRepository notifications;

    DefaultNotificationTypes(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NotificationType> typeOf(UUID notificationId) {
        return notifications.findById(notificationId).map(Notification::type);
    }
}
