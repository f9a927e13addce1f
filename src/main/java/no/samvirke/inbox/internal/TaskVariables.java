package no.samvirke.inbox.internal;

/** Names of the Camunda variables the inbox reads and writes. Ids and flags only. */
final class TaskVariables {

    /** Task-local flag set by {@link DefaultTasks#escalate}. */
    static final String ESCALATED = "escalated";
    /**
     * Task-local, written just before completion: the candidate groups (comma separated), kept in
     * history so that a late second completion can be told "already completed" instead of 404.
     */
    static final String GROUPS_AT_COMPLETION = "inboxCandidateGroups";

    private TaskVariables() {
    }
}
