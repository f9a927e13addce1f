package no.samvirke.inbox.internal;

import java.util.List;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.Tasks;
import no.samvirke.platform.CaseId;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Tasks} on Camunda's task service. */
@Service
class DefaultTasks implements Tasks {

    private final TaskService taskService;
    private final TaskAssembler assembler;

    DefaultTasks(TaskService taskService, TaskAssembler assembler) {
        this.taskService = taskService;
        this.assembler = assembler;
    }

    /** Idempotent: the group is added once, the flag set to true again. */
    @Override
    @Transactional
    public void escalate(String processInstanceId, String taskDefinitionKey, String toGroup) {
        List<Task> open = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskDefinitionKey).list();
        for (Task task : open) {
            escalateTask(task.getId(), toGroup);
        }
    }

    @Override
    @Transactional
    public void escalateTask(String taskId, String toGroup) {
        boolean offered = taskService.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> toGroup.equals(link.getGroupId()));
        if (!offered) {
            taskService.addCandidateGroup(taskId, toGroup);
        }
        taskService.setVariableLocal(taskId, TaskVariables.ESCALATED, true);
    }

    /** Not filtered by user: the caller (the case page) has already decided who may see the case. */
    @Override
    @Transactional(readOnly = true)
    public List<InboxTask> openTasksOfCase(CaseId caseId) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(caseId.value().toString())
                .orderByTaskCreateTime().asc().list();
        return assembler.assemble(tasks);
    }
}
