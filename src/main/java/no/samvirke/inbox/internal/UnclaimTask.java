package no.samvirke.inbox.internal;

import java.util.Objects;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.platform.ConflictException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts my task back to the group. Someone else's task cannot be put back (409). */
@Service
public class UnclaimTask {

    public record Command(String taskId, CurrentUser user) {
        public Command {
            Objects.requireNonNull(taskId, "taskId");
            Objects.requireNonNull(user, "user");
        }
    }

    private final VisibleTasks tasks;
    private final TaskService taskService;

    UnclaimTask(VisibleTasks tasks, TaskService taskService) {
        this.tasks = tasks;
        this.taskService = taskService;
    }

    @Transactional
    public void handle(Command command) {
        InboxTask task = tasks.requireOpen(command.taskId(), command.user());
        if (task.assignee() == null) {
            return;
        }
        if (!command.user().username().equals(task.assignee())) {
            throw new ConflictException(InboxMessages.NOT_YOUR_TASK);
        }
        taskService.setAssignee(task.id(), null);
    }
}
