package no.samvirke.inbox;

import java.util.List;
import no.samvirke.platform.CaseId;

/** What other modules (process delegates) may do with tasks. */
public interface Tasks {

    /**
     * Escalates the open tasks with this definition key in this process instance: adds the
     * group as candidate and marks the task escalated, without cancelling it.
     */
    void escalate(String processInstanceId, String taskDefinitionKey, String toGroup);

    /** Escalates one open task (e.g. one instance of a multi-instance task), as {@link #escalate}. */
    void escalateTask(String taskId, String toGroup);

    /** Open tasks of one case (business key), for the case page. */
    List<InboxTask> openTasksOfCase(CaseId caseId);
}
