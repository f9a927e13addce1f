package no.samvirke.followup.tasks;

import java.util.List;
import java.util.Map;
import no.samvirke.catalogue.ChosenMeasures;
import no.samvirke.catalogue.MeasureRef;
import no.samvirke.followup.ParticipatingService;
import no.samvirke.followup.process.FamilyFollowUpProcess;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskFormInput;
import no.samvirke.platform.CaseId;
import org.springframework.stereotype.Component;

/** The family accepted: which services follow the family up, and with which catalogue measures (tiltak 31). */
@Component
class CoordinateServicesForm extends FollowUpTaskForm {

    private final ChosenMeasures measures;

    CoordinateServicesForm(Support support, ChosenMeasures measures) {
        super(support);
        this.measures = measures;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return FamilyFollowUpProcess.USER_COORDINATE_SERVICES.equals(taskDefinitionKey);
    }

    @Override
    String fragment() {
        return "coordinateServices";
    }

    @Override
    Map<String, Object> formModel(InboxTask task) {
        return Map.of("services", List.of(ParticipatingService.values()),
                "measureChoices", measures.choices(CaseId.of(task.caseId())));
    }

    @Override
    Step read(TaskFormInput input, InboxTask task) {
        List<ParticipatingService> services = ChosenServices.read(input);
        List<MeasureRef> chosen = measures.read(input, measures.choices(CaseId.of(task.caseId())));
        return new Step("SERVICES_COORDINATED", note(input), Map.of(), new Coordinated(services, chosen));
    }

    @Override
    List<Step.Line> apply(Step step, InboxTask task, CurrentUser user) {
        Coordinated coordinated = (Coordinated) step.details();
        measures.record(CaseId.of(task.caseId()), coordinated.measures(), user);
        return coordinated.services().stream().map(s -> new Step.Line(s.name(), null, null)).toList();
    }

    private record Coordinated(List<ParticipatingService> services, List<MeasureRef> measures) {
    }
}
