package no.samvirke.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A task as the inbox shows it: ids, names and dates only. {@code caseId} is the process
 * business key (the concern id) and {@code caseReference} the human reference (B-2026-0042).
 */
public record InboxTask(
        String id,
        String taskDefinitionKey,
        String name,
        String processInstanceId,
        UUID caseId,
        String caseReference,
        Instant created,
        Instant due,
        String assignee,
        boolean escalated,
        List<String> candidateGroups) {

    public boolean overdue(Instant now) {
        return due != null && due.isBefore(now);
    }
}
