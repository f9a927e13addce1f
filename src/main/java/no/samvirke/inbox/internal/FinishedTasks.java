package no.samvirke.inbox.internal;

import java.util.Arrays;
import no.samvirke.identity.CurrentUser;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/** Tells a task that is gone because it was completed from one that never was the user's. */
@Component
class FinishedTasks {

    private final HistoryService history;

    FinishedTasks(HistoryService history) {
        this.history = history;
    }

    boolean wasCompletedFor(String taskId, CurrentUser user) {
        HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
        if (task == null) {
            return false;
        }
        return user.username().equals(task.getAssignee()) || wasOfferedToMyGroups(taskId, user);
    }

    private boolean wasOfferedToMyGroups(String taskId, CurrentUser user) {
        return history.createHistoricVariableInstanceQuery().taskIdIn(taskId)
                .variableName(TaskVariables.GROUPS_AT_COMPLETION).includeDeleted().list().stream()
                .filter(v -> v.getValue() != null)
                .flatMap(v -> Arrays.stream(v.getValue().toString().split(",")))
                .anyMatch(user.candidateGroups()::contains);
    }
}
