package no.samvirke.review.tasks;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samvirke.catalogue.ChosenMeasures;
import no.samvirke.catalogue.MeasureRef;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskFormInput;
import no.samvirke.inbox.TaskFormView;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.WorkingDays;
import no.samvirke.review.internal.Recorded;
import no.samvirke.review.process.ConcernProcess;
import no.samvirke.review.process.ConcernProcess.Decision;
import no.samvirke.review.process.ConcernProcess.Vars;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The kjernegruppe's one decision with reasons; follow-up needs catalogue measures, a responsible service
 * and a review date; forwarding to the police needs its legal ground ({@link ForwardingGround}).
 */
@Component
class ReviewConcernForm extends ReviewTaskForm {

    /** Follow-up reviews start at the beginning of the office day. */
    private static final int REVIEW_HOUR = 8;

    private final ChosenMeasures followUp;
    private final ForwardingGround forwarding;

    ReviewConcernForm(Support support, ChosenMeasures followUp, ForwardingGround forwarding) {
        super(support);
        this.followUp = followUp;
        this.forwarding = forwarding;
    }

    @Override
    public TaskFormView view(InboxTask task, CurrentUser user) {
        TaskFormView view = super.view(task, user);
        Map<String, Object> model = new HashMap<>(view.model());
        model.put("measureChoices", followUp.choices(CaseId.of(task.caseId())));
        return new TaskFormView(view.template(), model);
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ConcernProcess.USER_REVIEW_CONCERN.equals(taskDefinitionKey);
    }

    @Override
    String fragment() {
        return "review";
    }

    @Override
    Map<String, Object> formModel() {
        return Map.of("decisions", List.of(Decision.values()), "services", List.of(ServiceUnit.values()),
                "legalGrounds", ForwardingGround.choices());
    }

    @Override
    Recorded read(TaskFormInput input, String taskKey) {
        Decision decision = input.choice("decision", Decision.class);
        String reasons = input.text("reasons", TaskFormInput.MAX_TEXT, true);
        if (decision != Decision.FOLLOW_UP) {
            return Recorded.of(decision == null ? null : decision.name(), reasons);
        }
        String measures = input.text("measures", TaskFormInput.MAX_TEXT, false);
        ServiceUnit responsible = input.choice("responsibleService", ServiceUnit.class);
        LocalDate reviewDate = input.futureDate("followUpReviewDate");
        return new Recorded(decision.name(), reasons, null, measures, responsible, reviewDate, null);
    }

    /** Follow-up also chooses catalogue measures; without a plan for the municipality the description is required. */
    @Override
    Recorded read(TaskFormInput input, InboxTask task) {
        Recorded recorded = read(input, task.taskDefinitionKey());
        // The police invite the person by name: a talk needs a basis for the police to know who it is.
        input.require(!Decision.CLARIFICATION_TALK.name().equals(recorded.outcome())
                || confidentiality().policeMayKnowIdentity(CaseId.of(task.caseId())), "decision", "review.error.talkNeedsIdentity");
        if (isFollowUp(recorded)) {
            List<MeasureRef> choices = followUp.choices(CaseId.of(task.caseId()));
            followUp.read(input, choices);
            input.require(!choices.isEmpty() || recorded.measures() != null, "measures", "review.error.required");
        }
        if (isForward(recorded)) {
            forwarding.read(input);
        }
        return recorded;
    }

    @Override
    void recorded(InboxTask task, Recorded recorded, TaskFormInput input, CurrentUser user) {
        if (isFollowUp(recorded)) {
            followUp.record(CaseId.of(task.caseId()), followUp.read(input, followUp.choices(CaseId.of(task.caseId()))), user);
        }
        if (isForward(recorded)) {
            forwarding.record(task.caseId(), input, user);
        }
    }

    private static boolean isForward(Recorded recorded) {
        return Decision.FORWARD_SERIOUS.name().equals(recorded.outcome());
    }

    private static boolean isFollowUp(Recorded recorded) {
        return Decision.FOLLOW_UP.name().equals(recorded.outcome());
    }

    @Override
    Map<String, Object> variables(Recorded recorded) {
        Map<String, Object> variables = new HashMap<>();
        // Transient: routes gateway_decision in this transaction; the decision itself stays in the timeline (ADR 0023).
        variables.put(Vars.DECISION, Variables.stringValue(recorded.outcome(), true));
        if (recorded.reviewDate() != null) {
            variables.put(Vars.FOLLOW_UP_REVIEW_DATE,
                    Date.from(recorded.reviewDate().atTime(REVIEW_HOUR, 0).atZone(WorkingDays.OSLO).toInstant()));
        }
        return variables;
    }
}
