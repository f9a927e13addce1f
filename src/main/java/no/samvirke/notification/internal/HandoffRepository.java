package no.samvirke.notification.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HandoffRepository extends JpaRepository<Handoff, UUID> {

    List<Handoff> findByNotificationIdOrderBySeq(UUID notificationId);

    List<Handoff> findByNotificationIdInOrderBySeq(Collection<UUID> notificationIds);

    long countByNotificationId(UUID notificationId);
}
