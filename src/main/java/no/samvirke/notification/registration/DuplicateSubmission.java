package no.samvirke.notification.registration;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A second submission of a notification already recorded: linked to it, not doubled. */
@Entity
@Table(name = "notification_duplicate")
class DuplicateSubmission {

    @Id
    private UUID id;
    private UUID notificationId;
    private String submittedBy;
    private Instant submittedAt;

    protected DuplicateSubmission() {
    }

    DuplicateSubmission(UUID notificationId, String submittedBy, Instant submittedAt) {
        this.id = UUID.randomUUID();
        this.notificationId = notificationId;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }
}
