package no.samvirke.followup.tasks;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samvirke.followup.ParticipatingService;
import no.samvirke.followup.process.FollowUpDeadlines;
import no.samvirke.followup.process.ReturneeFollowUpProcess;
import no.samvirke.followup.process.ReturneeFollowUpProcess.Vars;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskFormInput;
import org.springframework.stereotype.Component;

/**
 * The SLT coordinator makes the coordinated plan (tiltak 32): which services take part, each with
 * its own deadline ({@code deadline_<SERVICE>}); each then gets its own task.
 */
@Component
class MakeReturneePlanForm extends FollowUpTaskForm {

    private final FollowUpDeadlines deadlines;

    MakeReturneePlanForm(Support support, FollowUpDeadlines deadlines) {
        super(support);
        this.deadlines = deadlines;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ReturneeFollowUpProcess.USER_MAKE_PLAN.equals(taskDefinitionKey);
    }

    @Override
    String fragment() {
        return "makePlan";
    }

    @Override
    Map<String, Object> formModel(InboxTask task) {
        return Map.of("services", List.of(ParticipatingService.values()), "defaultDue", deadlines.serviceDueDate());
    }

    @Override
    Step read(TaskFormInput input, InboxTask task) {
        List<ParticipatingService> services = ChosenServices.read(input);
        List<Step.Line> lines = services.stream()
                .map(s -> new Step.Line(s.name(), input.futureDate("deadline_" + s.name()), null)).toList();
        String note = note(input);
        if (lines.stream().anyMatch(l -> l.due() == null) || services.isEmpty()) {
            return Step.of("PLAN_MADE", note, Map.of());
        }
        return new Step("PLAN_MADE", note, Map.of(
                Vars.PLAN_SERVICES, lines.stream().map(Step.Line::serviceCode).collect(Collectors.joining(",")),
                Vars.PLAN_DEADLINES, lines.stream().map(l -> FollowUpDeadlines.endOf(l.due())).collect(Collectors.joining(",")),
                Vars.SERVICE_COUNT, lines.size()), lines);
    }

    @Override
    @SuppressWarnings("unchecked")
    List<Step.Line> apply(Step step, InboxTask task, CurrentUser user) {
        return (List<Step.Line>) step.details();
    }
}
