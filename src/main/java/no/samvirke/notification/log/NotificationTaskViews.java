package no.samvirke.notification.log;

import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;

/** The notification of a task (business key = notification id), as the task's user may see it; null if not at all. */
public final class NotificationTaskViews {

    private NotificationTaskViews() {
    }

    public static NotificationView find(NotificationLog log, InboxTask task, CurrentUser user) {
        return log.one(task.caseId(), user, "task:" + task.taskDefinitionKey()).orElse(null);
    }
}
