package no.samvirke.inbox.internal;

import java.util.Map;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.TaskCompletion;
import no.samvirke.platform.NotFoundException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link TaskCompletion}: finds the task the user may see, then {@link CompleteTask} does the rest. */
@Service
class DefaultTaskCompletion implements TaskCompletion {

    private final TaskService taskService;
    private final VisibleTasks visible;
    private final CompleteTask complete;

    DefaultTaskCompletion(TaskService taskService, VisibleTasks visible, CompleteTask complete) {
        this.taskService = taskService;
        this.visible = visible;
        this.complete = complete;
    }

    @Override
    @Transactional
    public void complete(String businessKey, String taskDefinitionKey, Map<String, Object> input, CurrentUser user) {
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskDefinitionKey).list().stream()
                .map(Task::getId).filter(id -> visible.find(id, user).isPresent()).findFirst()
                .orElseThrow(() -> new NotFoundException("task"));
        complete.handle(new CompleteTask.Command(taskId, input, user));
    }
}
