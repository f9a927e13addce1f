package no.samvirke.notification.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.Agency;
import no.samvirke.notification.NotificationType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

    Optional<Notification> findByPersonKeyAndNotificationTypeAndEventDateAndOriginAgency(
            String personKey, NotificationType type, java.time.LocalDate eventDate, Agency originAgency);

    /**
     * The newest notifications matching the filters (null: any), in the given municipalities (or
     * all of them). Overdue: a handoff without receipt past its deadline or already escalated.
     */
    @Query("""
            select n from Notification n
            where (:everywhere = true or n.municipalityCode in :municipalities)
              and (:type is null or n.notificationType = :type)
              and (:status is null or n.status = :status)
              and (:overdue is null
                   or (:overdue = true and exists (select h.id from Handoff h where h.notificationId = n.id
                        and h.acknowledgedAt is null and (h.dueAt < :now or h.escalation <> 'NONE')))
                   or (:overdue = false and not exists (select h.id from Handoff h where h.notificationId = n.id
                        and h.acknowledgedAt is null and (h.dueAt < :now or h.escalation <> 'NONE'))))
            order by n.recordedAt desc""")
    List<Notification> search(@Param("everywhere") boolean everywhere,
                              @Param("municipalities") List<String> municipalities,
                              @Param("type") NotificationType type, @Param("status") NotificationStatus status,
                              @Param("overdue") Boolean overdue, @Param("now") java.time.Instant now,
                              Pageable page);
}
