package no.samvirke.notification.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.Agency;
import no.samvirke.notification.NotificationType;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

    Optional<Notification> findByPersonKeyAndNotificationTypeAndEventDateAndOriginAgency(
            String personKey, NotificationType type, java.time.LocalDate eventDate, Agency originAgency);

    List<Notification> findTop500ByMunicipalityCodeInOrderByRecordedAtDesc(List<String> municipalityCodes);

    List<Notification> findTop500ByOrderByRecordedAtDesc();
}
