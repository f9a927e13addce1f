package no.samvirke.followup.tasks;

import java.util.List;
import java.util.Map;
import no.samvirke.followup.ParticipatingService;
import no.samvirke.followup.process.ReturneeFollowUpProcess;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskFormInput;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * One service's part of the returnee plan: done, or not possible, with a note. Which service it is
 * comes from the task's instance ({@code planService}, read only; the inbox completes the task).
 */
@Component
class ServicePartForm extends FollowUpTaskForm {

    enum Outcome { SERVICE_PART_DONE, SERVICE_PART_NOT_POSSIBLE }

    private final TaskService taskService;

    ServicePartForm(Support support, TaskService taskService) {
        super(support);
        this.taskService = taskService;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ReturneeFollowUpProcess.USER_SERVICE_PART.equals(taskDefinitionKey);
    }

    @Override
    String fragment() {
        return "servicePart";
    }

    @Override
    Map<String, Object> formModel(InboxTask task) {
        return Map.of("outcomes", List.of(Outcome.values()), "planService", serviceOf(task));
    }

    @Override
    Step read(TaskFormInput input, InboxTask task) {
        Outcome outcome = input.choice("outcome", Outcome.class);
        return Step.of(outcome == null ? null : outcome.name(), note(input), Map.of());
    }

    @Override
    List<Step.Line> apply(Step step, InboxTask task, CurrentUser user) {
        return List.of(new Step.Line(serviceOf(task), null, null));
    }

    private String serviceOf(InboxTask task) {
        ParticipatingService service = ReturneeFollowUpProcess.PLAN_SERVICE.from(taskService, task.id());
        return service == null ? null : service.name();
    }
}
