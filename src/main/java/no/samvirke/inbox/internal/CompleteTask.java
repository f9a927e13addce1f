package no.samvirke.inbox.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskFormHandler;
import no.samvirke.platform.ConflictException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes a task in one transaction: claims it if it is free, lets the owning module validate
 * and record the input, then completes the Camunda task with the variables the module returns.
 * Bad input ({@code InvalidInputException}) or a conflict rolls all of it back.
 */
@Service
public class CompleteTask {

    public record Command(String taskId, Map<String, Object> input, CurrentUser user) {
        public Command {
            Objects.requireNonNull(taskId, "taskId");
            Objects.requireNonNull(user, "user");
            // Not Map.copyOf: JSON input may hold null values.
            input = input == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(input));
        }
    }

    private final VisibleTasks tasks;
    private final TaskClaims claims;
    private final TaskFormHandlers handlers;
    private final TaskService taskService;

    CompleteTask(VisibleTasks tasks, TaskClaims claims, TaskFormHandlers handlers, TaskService taskService) {
        this.tasks = tasks;
        this.claims = claims;
        this.handlers = handlers;
        this.taskService = taskService;
    }

    @Transactional
    public void handle(Command command) {
        InboxTask task = tasks.requireOpen(command.taskId(), command.user());
        TaskFormHandler handler = handlers.forKey(task.taskDefinitionKey())
                .orElseThrow(() -> new ConflictException(InboxMessages.NO_FORM));
        InboxTask mine = claims.claimFor(task, command.user());
        Map<String, Object> variables = handler.complete(mine, command.input(), command.user());
        try {
            taskService.setVariableLocal(task.id(), TaskVariables.GROUPS_AT_COMPLETION,
                    String.join(",", task.candidateGroups()));
            taskService.complete(task.id(), variables);
        } catch (NullValueException gone) {
            throw TaskGone.translate(gone, task.id());
        }
    }
}
