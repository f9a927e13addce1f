package no.samvirke.followup.tasks;

import java.util.List;
import java.util.Map;
import no.samvirke.catalogue.ChosenMeasures;
import no.samvirke.catalogue.MeasureRef;
import no.samvirke.followup.process.ReturneeFollowUpProcess;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskFormInput;
import no.samvirke.platform.CaseId;
import org.springframework.stereotype.Component;

/** The kjernegruppe chooses the catalogue measures for the returnee's reintegration. */
@Component
class ReintegrationMeasuresForm extends FollowUpTaskForm {

    private final ChosenMeasures measures;

    ReintegrationMeasuresForm(Support support, ChosenMeasures measures) {
        super(support);
        this.measures = measures;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ReturneeFollowUpProcess.USER_REINTEGRATION_MEASURES.equals(taskDefinitionKey);
    }

    @Override
    String fragment() {
        return "measures";
    }

    @Override
    Map<String, Object> formModel(InboxTask task) {
        return Map.of("measureChoices", measures.choices(CaseId.of(task.caseId())));
    }

    @Override
    Step read(TaskFormInput input, InboxTask task) {
        List<MeasureRef> chosen = measures.read(input, measures.choices(CaseId.of(task.caseId())));
        return new Step("MEASURES_CHOSEN", note(input), Map.of(), chosen);
    }

    @Override
    @SuppressWarnings("unchecked")
    List<Step.Line> apply(Step step, InboxTask task, CurrentUser user) {
        measures.record(CaseId.of(task.caseId()), (List<MeasureRef>) step.details(), user);
        return Step.Line.ONE;
    }
}
