package no.samvirke.notification.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samvirke.inbox.CaseReferences;
import no.samvirke.notification.NotificationReference;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The references of notifications (V-1A2B3C4D) for the notification routine's tasks: one query per inbox page. */
@Component
class NotificationCaseReferences implements CaseReferences {

    private final NotificationSearch notifications;

    NotificationCaseReferences(NotificationSearch notifications) {
        this.notifications = notifications;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> of(Set<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return notifications.existingIds(caseIds).stream()
                .collect(Collectors.toMap(id -> id, NotificationReference::of));
    }
}
