package no.samvirke.notification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.samvirke.notification.NotificationType;
import org.springframework.data.domain.Pageable;

/** The {@link NotificationRepository} fragment behind the notification log's filters. */
interface NotificationSearch {

    String QUERY = "Notification.search";
    String EXISTING_IDS = "Notification.existingIds";

    /**
     * The newest notifications matching the filters (null: any), in the given municipalities (or
     * all of them). Overdue: a handoff without receipt past its deadline or already escalated.
     */
    List<Notification> search(boolean everywhere, List<String> municipalities, NotificationType type,
                              NotificationStatus status, Boolean overdue, Instant now, Pageable page);

    /** Those of {@code ids} that are notifications, in one query. */
    List<UUID> existingIds(Collection<UUID> ids);
}
