package no.samvirke.inbox.api;

import java.time.Instant;
import java.util.UUID;
import no.samvirke.inbox.InboxTask;

/** A task as the JSON API shows it. {@code name} is in the caller's language. */
record TaskJson(
        String id,
        String taskDefinitionKey,
        String name,
        UUID caseId,
        String caseReference,
        Instant created,
        Instant due,
        boolean overdue,
        String assignee,
        boolean escalated) {

    static TaskJson of(InboxTask task, String name, Instant now) {
        return new TaskJson(task.id(), task.taskDefinitionKey(), name, task.caseId(), task.caseReference(),
                task.created(), task.due(), task.overdue(now), task.assignee(), task.escalated());
    }
}
