package no.samvirke.inbox.internal;

import java.util.Objects;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.platform.ConflictException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking a task and putting it back. Taking: it becomes mine unless someone else was first (409);
 * taking my own task is a no-op. Putting back: my task goes back to the group; someone else's
 * task cannot be put back (409).
 */
@Service
public class TaskClaims {

    public record Command(String taskId, CurrentUser user) {
        public Command {
            Objects.requireNonNull(taskId, "taskId");
            Objects.requireNonNull(user, "user");
        }
    }

    private final VisibleTasks tasks;
    private final TaskService taskService;

    TaskClaims(VisibleTasks tasks, TaskService taskService) {
        this.tasks = tasks;
        this.taskService = taskService;
    }

    @Transactional
    public void claim(Command command) {
        claimFor(tasks.requireOpen(command.taskId(), command.user()), command.user());
    }

    @Transactional
    public void unclaim(Command command) {
        InboxTask task = tasks.requireOpen(command.taskId(), command.user());
        if (task.assignee() == null) {
            return;
        }
        if (!command.user().username().equals(task.assignee())) {
            throw new ConflictException(InboxMessages.NOT_YOUR_TASK);
        }
        taskService.setAssignee(task.id(), null);
    }

    /** Claims a visible task for the user and returns it as now assigned. */
    InboxTask claimFor(InboxTask task, CurrentUser user) {
        if (user.username().equals(task.assignee())) {
            return task;
        }
        if (task.assignee() != null) {
            throw new ConflictException(InboxMessages.CLAIMED_BY_OTHER);
        }
        try {
            taskService.claim(task.id(), user.username());
        } catch (TaskAlreadyClaimedException someoneWasFirst) {
            throw new ConflictException(InboxMessages.CLAIMED_BY_OTHER);
        } catch (NullValueException gone) {
            throw TaskGone.translate(gone, task.id());
        }
        return new InboxTask(task.id(), task.taskDefinitionKey(), task.name(), task.processInstanceId(),
                task.caseId(), task.caseReference(), task.created(), task.due(), user.username(),
                task.escalated(), task.candidateGroups());
    }
}
