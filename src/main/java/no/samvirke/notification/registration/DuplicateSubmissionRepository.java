package no.samvirke.notification.registration;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DuplicateSubmissionRepository extends JpaRepository<DuplicateSubmission, UUID> {

    long countByNotificationId(UUID notificationId);
}
