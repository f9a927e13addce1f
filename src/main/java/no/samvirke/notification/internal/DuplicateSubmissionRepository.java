package no.samvirke.notification.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DuplicateSubmissionRepository extends JpaRepository<DuplicateSubmission, UUID> {

    long countByNotificationId(UUID notificationId);
}
