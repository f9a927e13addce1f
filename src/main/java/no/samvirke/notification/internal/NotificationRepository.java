package no.samvirke.notification.internal;

import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.Agency;
import no.samvirke.notification.NotificationType;
import org.springframework.data.jpa.repository.JpaRepository;

/** No string {@code @Query}: it would start Spring Data's HQL parser at start-up (ADR 0018). */
public interface NotificationRepository extends JpaRepository<Notification, UUID> {

    Optional<Notification> findByPersonKeyAndNotificationTypeAndEventDateAndOriginAgency(
            String personKey, NotificationType type, java.time.LocalDate eventDate, Agency originAgency);
}
